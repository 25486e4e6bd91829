#include "sandboxapi.h"

#include "eventquery.h"
#include "listquery.h"
#include "sampledata.h"
#include "timestamps.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcSandboxApi, "draftbox.sandbox.api")

namespace {

const QString sandboxPrefix = QStringLiteral("_sandbox");
const QString smsType = QStringLiteral("activity.sms");
const QString whatsappType = QStringLiteral("activity.whatsapp_message");

ListQuery::Filters activityFilters(bool isSms)
{
    ListQuery::Filters f;
    f.lists = {QStringLiteral("id__in"), QStringLiteral("lead_id"), QStringLiteral("contact_id"),
               QStringLiteral("user_id")};
    f.exact = {QStringLiteral("organization_id")};
    if (!isSms)
        f.exact << QStringLiteral("external_whatsapp_message_id");
    f.dateRanges = {QStringLiteral("date_created"), QStringLiteral("activity_at")};
    return f;
}

SandboxResponse methodNotAllowed(const QByteArray &method)
{
    return SandboxResponse::error(405,
                                  QStringLiteral("Method %1 is not allowed on this endpoint.")
                                      .arg(QString::fromLatin1(method)));
}

} // namespace

SandboxApi::SandboxApi(QObject *parent)
    : QObject(parent)
    , m_sms(m_state)
    , m_whatsapp(m_state)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_sms.setFiles(&m_files);
    m_dispatchTimer.setSingleShot(true);
    m_dispatchTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &SandboxApi::dispatchDue);
    connect(&m_replyTimer, &QTimer::timeout, this, &SandboxApi::replyArrives);
}

void SandboxApi::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_files.setClock(std::move(clock));
}

void SandboxApi::replyEvery(int seconds)
{
    if (seconds <= 0) {
        m_replyTimer.stop();
        return;
    }
    m_replyTimer.start(seconds * 1000);
}

void SandboxApi::replyArrives()
{
    // The parties of the latest outbound SMS that went out, in turn.
    const QList<QJsonObject> sent
        = m_state.sms
              .select(
                  QStringLiteral("status=sent"),
                  [](const QJsonObject &sms) {
                      return sms.value(QLatin1String("status")).toString() == QLatin1String("sent");
                  },
                  0, 10)
              .items;
    if (sent.isEmpty())
        return;
    const QJsonObject answered = sent.at(m_replies % sent.size());
    static const QStringList replies = {
        QStringLiteral("Thanks, got it."), QStringLiteral("Can you call me tomorrow morning?"),
        QStringLiteral("Sounds good 👍"),   QStringLiteral("Not right now, maybe next quarter."),
        QStringLiteral("Who is this?"),
    };
    QJsonObject body {
        {QStringLiteral("status"), QStringLiteral("inbox")},
        {QStringLiteral("text"), replies.at(m_replies % replies.size())},
        {QStringLiteral("remote_phone"), answered.value(QLatin1String("remote_phone"))},
        {QStringLiteral("local_phone"), answered.value(QLatin1String("local_phone"))},
        {QStringLiteral("contact_id"), answered.value(QLatin1String("contact_id"))},
        {QStringLiteral("lead_id"), answered.value(QLatin1String("lead_id"))},
    };
    ++m_replies;
    const SandboxResponse reply = m_sms.create(body, {}, now());
    if (reply.status != 200)
        return;
    const QString id
        = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("id")).toString();
    record(QStringLiteral("created"), true, {}, m_state.sms.value(id));
    changed();
}

void SandboxApi::seed(int count, quint32 seed)
{
    SampleData::fill(m_state, count, seed, now(), m_files.origin());
    scheduleDispatch();
}

bool SandboxApi::open(const QString &path, int count, quint32 seedValue, QString *error)
{
    m_dataFile = path;
    if (QFileInfo::exists(path)) {
        if (!m_state.load(path, error))
            return false;
        m_state.events.expire(now());
        rebaseAttachments();
        qCInfo(lcSandboxApi) << "loaded" << m_state.sms.size() << "SMS and"
                             << m_state.whatsapp.size() << "WhatsApp messages from" << path;
        // Sends that fell due while the sandbox was down go out now, once.
        dispatchDue();
        return true;
    }
    seed(count, seedValue);
    return m_state.save(path, error);
}

bool SandboxApi::isSandboxOwn(const QString &path)
{
    return path.startsWith(QString(basePath) + sandboxPrefix);
}

void SandboxApi::setOrigin(const QString &origin)
{
    m_files.setOrigin(origin);
    rebaseAttachments();
}

void SandboxApi::rebaseAttachments()
{
    const QUrl origin(m_files.origin());
    const QList<QJsonObject> withFiles
        = m_state.sms
              .select(
                  {},
                  [](const QJsonObject &sms) {
                      return !sms.value(QLatin1String("attachments")).toArray().isEmpty();
                  },
                  0, std::numeric_limits<int>::max())
              .items;
    for (QJsonObject sms : withFiles) {
        QJsonArray files = sms.value(QLatin1String("attachments")).toArray();
        bool moved = false;
        for (qsizetype i = 0; i < files.size(); ++i) {
            QJsonObject file = files.at(i).toObject();
            for (const auto &key : {QStringLiteral("url"), QStringLiteral("thumbnail_url")}) {
                QUrl url(file.value(key).toString());
                if (!file.value(key).isString() || !url.path().startsWith(QLatin1String("/go/"))
                    || (url.host() == origin.host() && url.port() == origin.port()
                        && url.scheme() == origin.scheme()))
                    continue;
                url.setScheme(origin.scheme());
                url.setHost(origin.host());
                url.setPort(origin.port());
                file.insert(key, url.toString());
                moved = true;
            }
            files.replace(i, file);
        }
        if (moved) {
            sms.insert(QStringLiteral("attachments"), files);
            m_state.sms.replace(sms);
        }
    }
}

SandboxResponse SandboxApi::upload(const SandboxRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed(request.method);
    return m_files.receive(request.body, request.contentType);
}

SandboxResponse SandboxApi::handle(const SandboxRequest &request)
{
    // Close's file host (app.close.com/go/...), which the sandbox serves itself.
    if (request.path.startsWith(QLatin1String("/go/")))
        return request.method == "GET" ? m_files.download(request.path)
                                       : methodNotAllowed(request.method);
    if (!request.path.startsWith(basePath))
        return SandboxResponse::error(
            404, QStringLiteral("Not found. The API lives under %1.").arg(QString(basePath)));
    if (!request.path.endsWith(QLatin1Char('/')))
        return SandboxResponse::error(
            404,
            QStringLiteral("Not found. Close API paths end with a slash: %1/").arg(request.path));
    const QStringList parts
        = request.path.mid(basePath.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return route(request, parts);
}

SandboxResponse SandboxApi::route(const SandboxRequest &request, const QStringList &parts)
{
    const QString head = parts.value(0);
    const bool get = request.method == "GET";
    if (head == QLatin1String("activity") && parts.value(1) == QLatin1String("sms"))
        return activities(request, parts.mid(2), m_state.sms, true);
    if (head == QLatin1String("activity") && parts.value(1) == QLatin1String("whatsapp_message"))
        return activities(request, parts.mid(2), m_state.whatsapp, false);

    if (head == QLatin1String("event"))
        return events(request, parts.mid(1));

    if (head == QLatin1String("lead") && get && parts.size() == 1)
        return leads(request);
    if (head == QLatin1String("lead") && get && parts.size() == 2) {
        if (!m_state.leads.contains(parts.at(1)))
            return SandboxResponse::error(404,
                                          QStringLiteral("Lead %1 not found.").arg(parts.at(1)));
        return SandboxResponse::json(ListQuery::project(
            withContacts(m_state.leads.value(parts.at(1))), ListQuery::fieldsOf(request.query)));
    }
    if (head == QLatin1String("files") && parts.value(1) == QLatin1String("upload")
        && parts.size() == 2)
        return request.method == "POST"
            ? m_files.issue(request.body, request.contentType, m_state.meId)
            : methodNotAllowed(request.method);
    if (head == QLatin1String("me") && parts.size() == 1)
        return get ? me() : methodNotAllowed(request.method);
    if (head == sandboxPrefix && parts.value(1) == QLatin1String("sends") && parts.size() == 2)
        return get ? sends() : methodNotAllowed(request.method);

    struct Readable
    {
        QString name;
        const ActivityCollection *collection;
        ListQuery::Filters filters;
        QString what;
    };
    const Readable readable[] = {
        {QStringLiteral("phone_number"),
         &m_state.phoneNumbers,
         {{},
          {QStringLiteral("number"), QStringLiteral("user_id")},
          {QStringLiteral("is_group_number")},
          {}},
         QStringLiteral("Phone number")},
        {QStringLiteral("sms_template"), &m_state.smsTemplates, {}, QStringLiteral("SMS template")},
        {QStringLiteral("user"), &m_state.users, {}, QStringLiteral("User")},
        {QStringLiteral("lead"), &m_state.leads, {}, QStringLiteral("Lead")},
        {QStringLiteral("contact"),
         &m_state.contacts,
         {{}, {QStringLiteral("lead_id")}, {}, {}},
         QStringLiteral("Contact")},
    };
    for (const Readable &r : readable) {
        if (head != r.name || parts.size() > 2)
            continue;
        if (!get)
            return methodNotAllowed(request.method);
        return parts.size() == 1 ? list(request, *r.collection, r.filters)
                                 : getOne(request, *r.collection, parts.at(1), r.what);
    }
    return SandboxResponse::error(404, QStringLiteral("Not found."));
}

SandboxResponse SandboxApi::activities(const SandboxRequest &request, const QStringList &parts,
                                       ActivityCollection &collection, bool isSms)
{
    const QString what
        = isSms ? QStringLiteral("SMS activity") : QStringLiteral("WhatsApp message activity");
    if (parts.size() > 1)
        return SandboxResponse::error(404, QStringLiteral("Not found."));
    const QString id = parts.value(0);
    const bool write = request.method == "POST" || request.method == "PUT";

    if (id.isEmpty() && request.method == "GET")
        return list(request, collection, activityFilters(isSms));
    if (!id.isEmpty() && request.method == "GET")
        return getOne(request, collection, id, what);
    if ((id.isEmpty() && request.method != "POST") || (!id.isEmpty() && request.method == "POST"))
        return methodNotAllowed(request.method);
    if (!collection.contains(id) && !id.isEmpty())
        return SandboxResponse::error(404, QStringLiteral("%1 %2 not found.").arg(what, id));

    const EventLog::Cause cause {m_state.meId, SandboxState::makeId(QStringLiteral("req"), 22),
                                 request.method, request.path};
    const QJsonObject before = collection.value(id);
    if (request.method == "DELETE") {
        collection.remove(id);
        m_state.dueAtMs.remove(id);
        record(QStringLiteral("deleted"), isSms, before, {}, cause);
        changed();
        return SandboxResponse::json({});
    }
    if (!write)
        return methodNotAllowed(request.method);

    // The media type itself, parameters (a charset) aside: application/jsonx is not JSON.
    if (request.contentType.split(';').value(0).trimmed().toLower() != "application/json")
        return SandboxResponse::error(415,
                                      QStringLiteral("Send the body as JSON with Content-Type: "
                                                     "application/json."));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return SandboxResponse::invalid({QStringLiteral("The request body is not valid JSON: %1 at "
                                                        "offset %2.")
                                             .arg(parseError.errorString())
                                             .arg(parseError.offset)});
    if (!json.isObject())
        return SandboxResponse::invalid(
            {QStringLiteral("The request body must be a JSON object.")});

    const QDateTime at = now();
    SandboxResponse response;
    if (isSms)
        response = id.isEmpty() ? m_sms.create(json.object(), request.query, at)
                                : m_sms.update(id, json.object(), at);
    else
        response = id.isEmpty() ? m_whatsapp.create(json.object(), request.query, at)
                                : m_whatsapp.update(id, json.object(), at);
    if (response.status != 200)
        return response;
    const QString changedId = id.isEmpty()
        ? QJsonDocument::fromJson(response.body).object().value(QLatin1String("id")).toString()
        : id;
    record(id.isEmpty() ? QStringLiteral("created") : QStringLiteral("updated"), isSms, before,
           collection.value(changedId), cause);
    changed();
    return response;
}

SandboxResponse SandboxApi::list(const SandboxRequest &request,
                                 const ActivityCollection &collection,
                                 const ListQuery::Filters &filters) const
{
    SandboxResponse error;
    const auto query = ListQuery::parse(request.query, filters, &error, m_maxSkip);
    if (!query)
        return error;
    const ActivityCollection::Page page = collection.select(
        query->filterKey(), [&](const QJsonObject &d) { return query->accepts(d); }, query->skip,
        query->limit);
    if (!query->fields.isEmpty()) {
        QJsonArray data;
        for (const QJsonObject &document : page.items)
            data.append(ListQuery::project(document, query->fields));
        return SandboxResponse::json(
            {{QStringLiteral("data"), data}, {QStringLiteral("has_more"), page.hasMore}});
    }
    SandboxResponse response;
    response.body = QByteArrayLiteral("{\"data\":[");
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        if (i > 0)
            response.body += ',';
        response.body
            += collection.compactJson(page.items.at(i).value(QLatin1String("id")).toString());
    }
    response.body += page.hasMore ? QByteArrayLiteral("],\"has_more\":true}")
                                  : QByteArrayLiteral("],\"has_more\":false}");
    return response;
}

SandboxResponse SandboxApi::getOne(const SandboxRequest &request,
                                   const ActivityCollection &collection, const QString &id,
                                   const QString &what) const
{
    if (!collection.contains(id))
        return SandboxResponse::error(404, QStringLiteral("%1 %2 not found.").arg(what, id));
    return SandboxResponse::json(
        ListQuery::project(collection.value(id), ListQuery::fieldsOf(request.query)));
}

QJsonObject SandboxApi::withContacts(QJsonObject lead) const
{
    const QString id = lead.value(QLatin1String("id")).toString();
    const QList<QJsonObject> contacts
        = m_state.contacts
              .select(
                  QStringLiteral("lead_id=") + id,
                  [&id](const QJsonObject &c) {
                      return c.value(QLatin1String("lead_id")).toString() == id;
                  },
                  0, std::numeric_limits<int>::max())
              .items;
    QJsonArray embedded;
    QJsonArray ids;
    for (const QJsonObject &contact : contacts) {
        embedded.append(contact);
        ids.append(contact.value(QLatin1String("id")));
    }
    lead.insert(QStringLiteral("contacts"), embedded);
    lead.insert(QStringLiteral("contact_ids"), ids);
    lead.insert(QStringLiteral("html_url"),
                QStringLiteral("https://app.close.com/lead/%1/").arg(id));
    return lead;
}

SandboxResponse SandboxApi::leads(const SandboxRequest &request) const
{
    SandboxResponse error;
    const auto query = ListQuery::parse(request.query, {}, &error, m_maxSkip);
    if (!query)
        return error;
    const QString text
        = request.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).simplified();
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto digitsOf = [](const QString &s) {
        QString digits;
        for (const QChar c : s) {
            if (c.isDigit())
                digits += c;
        }
        return digits;
    };
    const auto matches = [&](const QJsonObject &lead) {
        const QJsonObject full = withContacts(lead);
        QString names = full.value(QLatin1String("display_name")).toString();
        QString numbers;
        for (const QJsonValue &c : full.value(QLatin1String("contacts")).toArray()) {
            const QJsonObject contact = c.toObject();
            names += QLatin1Char(' ') + contact.value(QLatin1String("name")).toString();
            for (const QJsonValue &p : contact.value(QLatin1String("phones")).toArray())
                numbers += QLatin1Char(' ') + p.toObject().value(QLatin1String("phone")).toString();
        }
        return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
            const QString digits = digitsOf(word);
            return names.contains(word, Qt::CaseInsensitive)
                || (digits.size() >= 3 && digits.size() * 2 >= word.size()
                    && numbers.contains(digits));
        });
    };
    const ActivityCollection::Page page = m_state.leads.select(
        words.isEmpty() ? QString() : QStringLiteral("query=") + words.join(QLatin1Char(' ')),
        matches, query->skip, query->limit);
    QJsonArray data;
    for (const QJsonObject &lead : page.items)
        data.append(ListQuery::project(withContacts(lead), query->fields));
    return SandboxResponse::json({{QStringLiteral("data"), data},
                                  {QStringLiteral("has_more"), page.hasMore},
                                  {QStringLiteral("total_results"), data.size()}});
}

SandboxResponse SandboxApi::events(const SandboxRequest &request, const QStringList &parts)
{
    if (parts.size() > 1)
        return SandboxResponse::error(404, QStringLiteral("Not found."));
    if (request.method != "GET")
        return methodNotAllowed(request.method);
    m_state.events.expire(now());
    if (parts.size() == 1) {
        SandboxResponse response;
        response.body = m_state.events.event(parts.at(0));
        if (response.body.isEmpty())
            return SandboxResponse::error(
                404,
                QStringLiteral("Event %1 not found (events are kept 30 days).").arg(parts.at(0)));
        return response;
    }

    SandboxResponse error;
    const auto query = EventQuery::parse(request.query, &error);
    if (!query)
        return error;
    if (query->cursor && !m_state.events.knows(query->cursor->position))
        return SandboxResponse::fieldError(QStringLiteral("_cursor"),
                                           QStringLiteral("This cursor points at no event of "
                                                          "this organization's log."));
    const EventLog::Page page = m_state.events.page(*query);
    const auto cursor = [&](const std::optional<EventLog::Position> &at, bool newer) {
        // A cursor is base64url: nothing in it needs escaping in JSON.
        return at ? '"' + query->cursorFor(*at, newer).toLatin1() + '"' : QByteArrayLiteral("null");
    };
    SandboxResponse response;
    response.body = QByteArrayLiteral("{\"data\":[") + page.items.join(',')
        + QByteArrayLiteral("],\"cursor_next\":") + cursor(page.older, false)
        + QByteArrayLiteral(",\"cursor_previous\":") + cursor(page.newer, true) + '}';
    return response;
}

void SandboxApi::record(const QString &action, bool isSms, const QJsonObject &before,
                        const QJsonObject &after, const EventLog::Cause &cause)
{
    m_state.events.record(action, isSms ? smsType : whatsappType, before, after, cause,
                          m_state.organizationId(), now());
}

SandboxResponse SandboxApi::me() const
{
    QJsonObject user = m_state.me();
    user.insert(QStringLiteral("organizations"), QJsonArray {m_state.organization});
    return SandboxResponse::json(user);
}

SandboxResponse SandboxApi::sends() const
{
    QJsonObject counts;
    int total = 0;
    for (auto it = m_state.sendCounts.cbegin(); it != m_state.sendCounts.cend(); ++it) {
        counts.insert(it.key(), it.value());
        total += it.value();
    }
    return SandboxResponse::json({
        {QStringLiteral("note"),
         QStringLiteral("Draftbox sandbox only, not part of the Close API: how many times each "
                        "SMS actually went out (outbox or scheduled to sent).")},
        {QStringLiteral("sends"), counts},
        {QStringLiteral("total"), total},
    });
}

void SandboxApi::changed()
{
    if (!m_dataFile.isEmpty()) {
        QString error;
        if (!m_state.save(m_dataFile, &error))
            qCWarning(lcSandboxApi) << "could not save" << m_dataFile << ":" << error;
    }
    scheduleDispatch();
}

void SandboxApi::scheduleDispatch()
{
    if (m_state.dueAtMs.isEmpty()) {
        m_dispatchTimer.stop();
        return;
    }
    const qint64 next = *std::min_element(m_state.dueAtMs.cbegin(), m_state.dueAtMs.cend());
    const qint64 wait = next - now().toMSecsSinceEpoch();
    m_dispatchTimer.start(int(std::clamp<qint64>(wait, 0, 60 * 60 * 1000)));
}

void SandboxApi::dispatchDue()
{
    const QDateTime at = now();
    QStringList due;
    for (auto it = m_state.dueAtMs.cbegin(); it != m_state.dueAtMs.cend(); ++it) {
        if (it.value() <= at.toMSecsSinceEpoch())
            due.append(it.key());
    }
    bool any = false;
    for (const QString &id : std::as_const(due)) {
        QJsonObject before = m_state.sms.value(id);
        if (m_sms.dispatch(id, at)) {
            any = true;
            // A scheduled SMS falls due into the outbox, then goes out from there.
            if (before.value(QLatin1String("status")).toString() == QLatin1String("scheduled")) {
                QJsonObject queued = before;
                queued.insert(QStringLiteral("status"), QStringLiteral("outbox"));
                queued.insert(QStringLiteral("date_updated"), Timestamps::format(at));
                record(QStringLiteral("updated"), true, before, queued);
                before = queued;
            }
            const QJsonObject after = m_state.sms.value(id);
            const bool sent
                = after.value(QLatin1String("status")).toString() == QLatin1String("sent");
            record(sent ? QStringLiteral("sent") : QStringLiteral("updated"), true, before, after);
            emit smsDispatched(id, m_state.sms.value(id).value(QLatin1String("status")).toString());
        } else {
            m_state.dueAtMs.remove(id);
        }
    }
    if (any)
        changed();
    else
        scheduleDispatch();
}
