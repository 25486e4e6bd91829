// The least a Qt Widgets program can do for Draftbox's first screen: a QMainWindow with a
// QTableView of 100 rows, read from the first page of SMS that draftbox-bench saved. draftbox-bench
// starts it as a whole process, like the app, and compares: it prints `painted_ns <monotonic ns>
// peak_kib <VmHWM>` after its first paint, then quits.
#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

class PaintWatch : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            const qint64 now = QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
            QTimer::singleShot(0, this, [now] {
                qint64 peak = 0;
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n')) {
                        if (line.startsWith("VmHWM:"))
                            peak = line.mid(6).trimmed().split(' ').value(0).toLongLong();
                    }
                }
                std::printf("painted_ns %lld peak_kib %lld\n", static_cast<long long>(now),
                            static_cast<long long>(peak));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The rows: the same first page of SMS the app shows (a JSON file draftbox-bench saved),
    // so both paint the same texts, emoji and all; numbered placeholders without one.
    QJsonArray page;
    if (argc > 1) {
        QFile file(QString::fromLocal8Bit(argv[1]));
        if (file.open(QIODevice::ReadOnly))
            page = QJsonDocument::fromJson(file.readAll())
                       .object()
                       .value(QLatin1String("data"))
                       .toArray();
    }
    QStandardItemModel model(100, 5);
    for (int row = 0; row < 100; ++row) {
        const QJsonObject sms = page.at(row).toObject();
        const auto text = [&sms](const char *key, const QString &otherwise) {
            const QString value = sms.value(QLatin1String(key)).toString();
            return value.isEmpty() ? otherwise : value;
        };
        model.setItem(row, 0, new QStandardItem(text("status", QStringLiteral("draft"))));
        model.setItem(row, 1,
                      new QStandardItem(text("remote_phone_formatted",
                                             QStringLiteral("+1 415 555 %1").arg(1000 + row))));
        model.setItem(row, 2,
                      new QStandardItem(text("contact_id", QStringLiteral("Contact %1").arg(row))));
        model.setItem(
            row, 3, new QStandardItem(text("text", QStringLiteral("Message number %1").arg(row))));
        model.setItem(row, 4,
                      new QStandardItem(text("date_created", QStringLiteral("22 Nov 2026"))));
    }
    QMainWindow window;
    auto *view = new QTableView;
    view->setModel(&model);
    view->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(view);
    window.resize(1200, 800);
    PaintWatch watch;
    view->viewport()->installEventFilter(&watch);
    window.show();
    return app.exec();
}
