// The least a Qt HttpServer program can do: answer every request with a fixed JSON body of a
// given size. draftbox-bench measures the sandbox against it in the same run.
#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTextStream>

#include <cstdio>

class BaselineServer : public QAbstractHttpServer
{
public:
    explicit BaselineServer(QByteArray body)
        : m_body(std::move(body))
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write(m_body, "application/json");
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    QByteArray m_body;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype size = args.size() > 1 ? args.at(1).toLongLong() : 1024;
    QByteArray body = "{\"data\":\"" + QByteArray(std::max<qsizetype>(0, size - 12), 'x') + "\"}";
    BaselineServer server(body);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        return 1;
    QTextStream(stdout) << "http://127.0.0.1:" << port << "/api/v1/" << Qt::endl;
    std::fflush(stdout);
    return app.exec();
}
