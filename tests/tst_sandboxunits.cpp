#include <QtTest>
class tst_SandboxUnits : public QObject { Q_OBJECT };
QTEST_MAIN(tst_SandboxUnits)
#include "tst_sandboxunits.moc"
