// The draftbox command as a shell runs it: --help and --version answer without a display (on
// a server, over ssh, in a build log), and a wrong option says what is wrong.
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void answersWithoutADisplay_data();
    void answersWithoutADisplay();
    void wrongOptionIsNamed();

private:
    static QProcessEnvironment noDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        environment.insert(u"LANGUAGE"_s, u"en"_s);
        return environment;
    }
};

void tst_CommandLine::answersWithoutADisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("says");
    QTest::newRow("--help") << u"--help"_s << u"--sandbox"_s;
    QTest::newRow("-h") << u"-h"_s << u"--api-url"_s;
    QTest::newRow("--version") << u"--version"_s << u"Draftbox"_s;
}

void tst_CommandLine::answersWithoutADisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, says);
    QProcess draftbox;
    draftbox.setProcessEnvironment(noDisplay());
    draftbox.start(QStringLiteral(DRAFTBOX_BIN), {option});
    QVERIFY(draftbox.waitForFinished(60000));
    const QString out = QString::fromUtf8(draftbox.readAllStandardOutput());
    const QString err = QString::fromUtf8(draftbox.readAllStandardError());
    QVERIFY2(draftbox.exitStatus() == QProcess::NormalExit && draftbox.exitCode() == 0,
             qPrintable(err));
    QVERIFY2(out.contains(says, Qt::CaseInsensitive), qPrintable(out + err));
}

void tst_CommandLine::wrongOptionIsNamed()
{
    QProcess draftbox;
    draftbox.setProcessEnvironment(noDisplay());
    draftbox.start(QStringLiteral(DRAFTBOX_BIN), {u"--no-such-option"_s});
    QVERIFY(draftbox.waitForFinished(60000));
    QVERIFY(draftbox.exitCode() != 0);
    const QString err = QString::fromUtf8(draftbox.readAllStandardError());
    QVERIFY2(err.contains("no-such-option"_L1), qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
