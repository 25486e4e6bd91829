// The least Qt needs for a keystroke in Search over every SMS: QNetworkAccessManager reads
// every page from the sandbox (the same rows the app lists), a QStandardItemModel holds the
// list's five columns as text, a QSortFilterProxyModel sorts them by date and filters on every
// column, a QTableView shows them under a QLineEdit. Once every row is in and painted it types
// the same keystrokes as draftbox-bench-app (Keystrokes) and prints
// `sms <rows> key_<step> <ms> … key_max <ms> peak_kib <VmHWM>`, then quits.
//
//   draftbox-bench-baseline-search --api-url <sandbox base url>   (CLOSE_API_KEY in the env)
#include "keystrokes.h"
#include "peakmemory.h"

#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>

namespace {

constexpr int maxPages = 2000;

class PaintOnce : public QObject
{
public:
    explicit PaintOnce(std::function<void()> then, QObject *parent)
        : QObject(parent)
        , m_then(std::move(then))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, m_then);
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--api-url"));
    const QUrl base(args.value(at + 1));
    if (at < 0 || !base.isValid()) {
        std::fputs("draftbox-bench-baseline-search --api-url <url>\n", stderr);
        return 2;
    }
    const QByteArray authorization
        = "Basic " + QByteArray(qgetenv("CLOSE_API_KEY") + ':').toBase64();

    QStandardItemModel model(0, 5);
    model.setHorizontalHeaderLabels({QStringLiteral("Status"), QStringLiteral("To"),
                                     QStringLiteral("Contact"), QStringLiteral("Message"),
                                     QStringLiteral("When")});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(4, Qt::DescendingOrder);

    QMainWindow window;
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    auto *search = new QLineEdit(central);
    auto *view = new QTableView(central);
    view->setModel(&proxy);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(search);
    layout->addWidget(view, 1);
    window.setCentralWidget(central);
    QObject::connect(search, &QLineEdit::textChanged, &proxy,
                     &QSortFilterProxyModel::setFilterFixedString);
    window.resize(1400, 900);
    window.show();

    QNetworkAccessManager nam;
    int pages = 0;
    std::function<void(int)> fetch;
    const auto typeThenQuit = [&] {
        auto *keys = new Keystrokes(search, view->viewport(), &app);
        QObject::connect(keys, &Keystrokes::finished, &app, [&](const QByteArray &report) {
            const QByteArray line = "sms " + QByteArray::number(proxy.rowCount()) + ' ' + report
                + " peak_kib " + QByteArray::number(peakResidentKib()) + '\n';
            std::fputs(line.constData(), stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
        keys->start();
    };
    fetch = [&](int skip) {
        QNetworkRequest request(
            base.resolved(QUrl(QStringLiteral("activity/sms/?_skip=%1&_limit=100").arg(skip))));
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, skip] {
            reply->deleteLater();
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            const QJsonArray data = page.value(QLatin1String("data")).toArray();
            for (const QJsonValue &value : data) {
                const QJsonObject sms = value.toObject();
                QList<QStandardItem *> row;
                for (const char *field :
                     {"status", "remote_phone", "contact_id", "text", "date_created"})
                    row << new QStandardItem(sms.value(QLatin1String(field)).toString());
                model.appendRow(row);
            }
            if (page.value(QLatin1String("has_more")).toBool() && ++pages < maxPages
                && !data.isEmpty()) {
                fetch(skip + int(data.size()));
                return;
            }
            view->viewport()->installEventFilter(new PaintOnce(typeThenQuit, &app));
            view->viewport()->update();
        });
    };
    fetch(0);
    return app.exec();
}
