#include "soakdriver.h"

#include "closeclient.h"
#include "editjournal.h"
#include "sandboxserver.h"
#include "smstablemodel.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

struct SoakDriver::Private
{
    struct Activity
    {
        QString id;
        int edits = 0;
        int editsSinceSave = 0;
        QString expected;
    };

    Config config;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<CloseClient> client;
    std::unique_ptr<EditJournal> journal;
    std::unique_ptr<SmsTableModel> model;
    QList<Activity> activities;
    Result result;

    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        SandboxRequest request;
        request.method = method;
        request.path = QString(SandboxApi::basePath) + path;
        if (method != "GET") {
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.contentType = "application/json";
        }
        return QJsonDocument::fromJson(server->api().handle(request).body).object();
    }

    bool setUp(QString *why);
    bool loadAll();
    bool step();
    void check();
};

SoakDriver::SoakDriver(const Config &config)
    : d(std::make_unique<Private>())
{
    d->config = config;
}

SoakDriver::~SoakDriver()
{
    // The models and their calls go before the client and the server.
    d->model.reset();
    d->journal.reset();
    d->client.reset();
    d->server.reset();
}

bool SoakDriver::Private::setUp(QString *why)
{
    SandboxConfig sandbox;
    sandbox.seedCount = 60;
    sandbox.faultRate = config.faultRate;
    sandbox.rateLimit = config.rateLimit;
    sandbox.randomSeed = config.seed;
    sandbox.stallMs = 300;
    server = std::make_unique<SandboxServer>(sandbox);
    if (!server->start(why))
        return false;

    // The drafts are made straight through the sandbox's API (its rules, no faults): from
    // numbers a sample US draft uses, so Close can send them.
    QString local;
    QString remote;
    const QJsonArray sample
        = call("GET", QStringLiteral("activity/sms/")).value(QLatin1String("data")).toArray();
    for (const QJsonValue &value : sample) {
        const QJsonObject sms = value.toObject();
        if (sms.value(QLatin1String("status")).toString() == QLatin1String("draft")
            && sms.value(QLatin1String("remote_country_iso")).toString() == QLatin1String("US")) {
            local = sms.value(QLatin1String("local_phone")).toString();
            remote = sms.value(QLatin1String("remote_phone")).toString();
            break;
        }
    }
    if (local.isEmpty()) {
        *why = QStringLiteral("no US draft among %1 sample SMS to take numbers from")
                   .arg(sample.size());
        return false;
    }
    const QString lead = sample.first().toObject().value(QLatin1String("lead_id")).toString();
    for (int i = 0; i < config.activities; ++i) {
        const QJsonObject made = call("POST", QStringLiteral("activity/sms/"),
                                      {{QStringLiteral("status"), QStringLiteral("draft")},
                                       {QStringLiteral("text"), QStringLiteral("Soak %1").arg(i)},
                                       {QStringLiteral("local_phone"), local},
                                       {QStringLiteral("remote_phone"), remote},
                                       {QStringLiteral("lead_id"), lead}});
        const QString id = made.value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            *why = QStringLiteral("the sandbox refused a draft: %1")
                       .arg(QString::fromUtf8(QJsonDocument(made).toJson()));
            return false;
        }
        activities.append({id, 0, 0, QStringLiteral("Soak %1").arg(i)});
    }

    client = std::make_unique<CloseClient>();
    client->setBaseUrl(server->baseUrl());
    client->setApiKey(sandbox.apiKey);
    CloseClient::Policy policy;
    policy.backoffBaseMs = 50;
    policy.transferTimeoutMs = 2000;
    client->setPolicy(policy);
    QObject::connect(client.get(), &CloseClient::callFinished, client.get(),
                     [this] { ++result.requests; });
    journal = std::make_unique<EditJournal>(config.journalPath);
    journal->load();
    model = std::make_unique<SmsTableModel>(client.get());
    model->setLooksUpNames(false);
    model->setBackoff(100, 1000);
    model->setPollInterval(1000);
    model->setJournal(journal.get());
    QObject::connect(model.get(), &ActivityTableModel::conflictFound, model.get(),
                     [this] { ++result.conflicts; });
    return true;
}

bool SoakDriver::Private::loadAll()
{
    for (int attempt = 0; attempt < 1000; ++attempt) {
        if (!QTest::qWaitFor([this] { return !model->isLoading(); }, 60000))
            return false;
        if (!model->canFetchMore({}))
            return true;
        model->fetchMore({}); // a failed page is asked for again, as F5 would
    }
    return false;
}

bool SoakDriver::Private::step()
{
    int inFlight = 0;
    bool done = true;
    for (Activity &a : activities) {
        const int row = model->rowOf(a.id);
        const QModelIndex index = model->index(row, 0);
        const bool busy = index.data(ActivityTableModel::BusyRole).toBool();
        const bool waiting = index.data(ActivityTableModel::WaitingRole).toBool();
        const QString status = model->status(row);
        const bool settled = a.edits == config.editsPerActivity && !model->isDirty(row)
            && status != QLatin1String("draft") && !model->isUnconfirmed(row);
        if (!settled)
            done = false;
        if (busy) {
            ++inFlight;
            // The rep keeps typing into a draft whose save is under way: the model takes it
            // and saves it right after; the older answer must not put the older text back.
            if (a.edits < config.editsPerActivity && model->acceptsEdits(row)) {
                const QString text = QStringLiteral("Soak %1, edit %2 (typed while saving)")
                                         .arg(a.id)
                                         .arg(a.edits + 1);
                if (model->setField(row, QStringLiteral("text"), text)) {
                    a.expected = text;
                    ++a.edits;
                    ++result.edits;
                    ++result.editsWhileSaving;
                }
            }
            continue;
        }
        // A save waiting for Close does not stop the rep: typing and saving go on meanwhile.
        if (waiting)
            ++inFlight;
        if (settled || model->isUnconfirmed(row) || inFlight >= config.concurrency)
            continue;
        if (a.edits < config.editsPerActivity) {
            const QString text = QStringLiteral("Soak %1, edit %2").arg(a.id).arg(a.edits + 1);
            if (!model->setField(row, QStringLiteral("text"), text))
                continue;
            a.expected = text;
            ++a.edits;
            ++a.editsSinceSave;
            ++result.edits;
            if (a.editsSinceSave == config.editsPerSave || a.edits == config.editsPerActivity) {
                a.editsSinceSave = 0;
                model->save(row);
                ++result.saves;
                ++inFlight;
            }
        } else if (model->isDirty(row)) {
            model->save(row); // refused or lost earlier: the rep saves again
            ++result.saves;
            ++inFlight;
        } else if (status == QLatin1String("draft")) {
            model->send(row);
            ++result.sendsAsked;
            ++inFlight;
        }
    }
    return done;
}

void SoakDriver::Private::check()
{
    // Close finishes sending what is in its outbox (what it did not send counts as not sent).
    const bool dispatched = QTest::qWaitFor(
        [this] {
            for (const Activity &a : std::as_const(activities)) {
                const QString status = server->api()
                                           .state()
                                           .sms.value(a.id)
                                           .value(QLatin1String("status"))
                                           .toString();
                if (status == QLatin1String("outbox") || status == QLatin1String("scheduled"))
                    return false;
            }
            return true;
        },
        60000);
    if (!dispatched)
        result.why = QStringLiteral("Close's outbox did not empty");
    const SandboxState &state = server->api().state();
    for (const Activity &a : std::as_const(activities)) {
        const QJsonObject sms = state.sms.value(a.id);
        if (sms.value(QLatin1String("text")).toString() != a.expected)
            ++result.lost;
        const int sent = state.sendCounts.value(a.id);
        if (sent > 1)
            ++result.sentTwice;
        if (sent == 0)
            ++result.notSent;
    }
    journal->flush();
    result.journalLeft = journal->size();
    result.faultsInjected = server->faultsInjected();
}

SoakDriver::Result SoakDriver::run(int stepLimit)
{
    QElapsedTimer clock;
    clock.start();
    if (!d->setUp(&d->result.why))
        return d->result;
    if (!d->loadAll()) {
        d->result.why = QStringLiteral("the list did not load");
        return d->result;
    }
    for (const Private::Activity &a : std::as_const(d->activities)) {
        if (d->model->rowOf(a.id) < 0) {
            d->result.why = QStringLiteral("%1 is not in the list").arg(a.id);
            return d->result;
        }
    }
    int steps = 0;
    while (!d->step()) {
        if (d->result.conflicts > 0) {
            // Nobody else edits: a conflict is Draftbox mistaking its own save for someone's.
            d->result.why = QStringLiteral("a conflict appeared where nobody else edits");
            steps = stepLimit + 1;
            break;
        }
        if (++steps > stepLimit) {
            d->result.why = QStringLiteral("not done after %1 steps").arg(stepLimit);
            break;
        }
        QTest::qWait(5);
    }
    d->result.finished = steps <= stepLimit;
    d->check();
    d->result.elapsedMs = clock.elapsed();
    return d->result;
}
