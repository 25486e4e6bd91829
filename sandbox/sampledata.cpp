#include "sampledata.h"

#include "activityfields.h"
#include "filestore.h"
#include "optoutrules.h"
#include "phonebook.h"
#include "sandboxstate.h"
#include "smsresource.h"
#include "timestamps.h"
#include "whatsappmarkup.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <limits>

namespace SampleData {
namespace {

class Generator
{
public:
    Generator(SandboxState &state, quint32 seed, const QDateTime &now, const QString &origin)
        : m_state(state)
        , m_random(seed)
        , m_now(now)
        , m_origin(origin)
    { }

    void run(int count);

private:
    QString id(const QString &prefix, int length = 43)
    {
        return SandboxState::makeId(prefix, length, &m_random);
    }
    static QString phoneOf(const QJsonObject &contact)
    {
        return contact.value(QLatin1String("phones"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("phone"))
            .toString();
    }
    template<typename T>
    const T &pick(const QList<T> &from)
    {
        return from.at(m_random.bounded(int(from.size())));
    }
    QString at(qint64 secondsAgo) const { return Timestamps::format(m_now.addSecs(-secondsAgo)); }

    void people();
    void numbers();
    void templates();
    void sms(int count);
    //! The STOP and START replies among the SMS, applied to the contacts as Close would have.
    void keywordReplies();
    void whatsapp(int count);

    SandboxState &m_state;
    QRandomGenerator m_random;
    QDateTime m_now;
    QString m_origin; //!< where the MMS media are served
    QList<QJsonObject> m_contacts;
    QStringList m_userIds;
    QStringList m_internalSms;
};

void Generator::run(int count)
{
    people();
    numbers();
    templates();
    sms(count);
    keywordReplies();
    whatsapp(count);
}

void Generator::keywordReplies()
{
    // Oldest first, as they came in: the latest STOP or START of each number stands.
    const QList<QJsonObject> all
        = m_state.sms
              .select(
                  {}, [](const QJsonObject &) { return true; }, 0, std::numeric_limits<int>::max())
              .items;
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const auto when = Timestamps::parse(it->value(QLatin1String("activity_at")).toString());
        OptOutRules::hear(m_state, *it, when.value_or(m_now));
    }
}

void Generator::people()
{
    const QString orgId = id(QStringLiteral("orga"));
    m_state.organization = {
        {QStringLiteral("id"), orgId},
        {QStringLiteral("name"), QStringLiteral("Northwind Sales (sandbox)")},
        {QStringLiteral("date_created"), at(400 * 86400)},
    };
    const QList<QPair<QString, QString>> users = {
        {QStringLiteral("Avery"), QStringLiteral("Quinn")},
        {QStringLiteral("Jordan"), QStringLiteral("Blake")},
        {QStringLiteral("Sam"), QStringLiteral("Okafor")},
        {QStringLiteral("Riley"), QStringLiteral("Nakamura")},
    };
    for (const auto &[first, last] : users) {
        const QString userId = id(QStringLiteral("user"));
        m_userIds << userId;
        m_state.users.insert({
            {QStringLiteral("id"), userId},
            {QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), last},
            {QStringLiteral("email"),
             QString(first.toLower() + QStringLiteral("@northwind.example"))},
            {QStringLiteral("image"), QJsonValue::Null},
            {QStringLiteral("organizations"), QJsonArray {orgId}},
            {QStringLiteral("date_created"), at(300 * 86400)},
            {QStringLiteral("date_updated"), at(3 * 86400)},
        });
    }
    m_state.meId = m_userIds.constFirst();

    struct Person
    {
        const char *first;
        const char *last;
        const char *phone;
        const char *timezone = nullptr; //!< IANA, as a rep or an integration set it in Close
    };
    const QList<QPair<QString, QList<Person>>> leads = {
        {QStringLiteral("Acme Robotics"),
         {{"Maria", "Lopez", "+16503334444", "America/Los_Angeles"},
          {"Dev", "Patel", "+16505550143"}}},
        {QStringLiteral("Bluebird Logistics"),
         {{"Tom", "Hughes", "+447400123456", "Europe/London"}}},
        {QStringLiteral("Cedar & Co"),
         {{"Léa", "Martin", "+33612345678"}, {"Hugo", "Bernard", "+33698765432"}}},
        {QStringLiteral("Delta Dental Group"),
         {{"Chris", "Nguyen", "+18183334444", "America/Denver"}}},
        {QStringLiteral("Evergreen Solar"), {{"Jonas", "Weber", "+4915123456789"}}},
        {QStringLiteral("Fjord Analytics"), {{"Ingrid", "Berg", "+4741234567"}}},
        {QStringLiteral("Granite Fitness"),
         {{"Olivia", "Brown", "+14165550199"},
          {"Noah", "Tremblay", "+15145550123", "America/Toronto"}}},
        {QStringLiteral("Harbor Health"), {{"Ana", "Silva", "+5511987654321"}}},
        {QStringLiteral("Unreachable Ltd"), {{"Pat", "Nobody", "+15550000000"}}},
    };
    for (const auto &[name, people] : leads) {
        const QString leadId = id(QStringLiteral("lead"));
        m_state.leads.insert({{QStringLiteral("id"), leadId},
                              {QStringLiteral("display_name"), name},
                              {QStringLiteral("name"), name}});
        for (const Person &p : people) {
            const QString first = QString::fromUtf8(p.first);
            const QString last = QString::fromUtf8(p.last);
            const QString number = QString::fromLatin1(p.phone);
            const PhoneFacts facts = PhoneBook::facts(number);
            const QString name = first + QLatin1Char(' ') + last;
            QJsonObject contact {
                {QStringLiteral("id"), id(QStringLiteral("cont"))},
                {QStringLiteral("organization_id"), orgId},
                {QStringLiteral("lead_id"), leadId},
                {QStringLiteral("first_name"), first},
                {QStringLiteral("last_name"), last},
                {QStringLiteral("name"), name},
                {QStringLiteral("display_name"), name},
                {QStringLiteral("title"), QJsonValue::Null},
                {QStringLiteral("phones"),
                 QJsonArray {QJsonObject {
                     {QStringLiteral("phone"), number},
                     {QStringLiteral("phone_formatted"), facts.formatted},
                     {QStringLiteral("country"),
                      facts.countryIso.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(facts.countryIso)},
                     {QStringLiteral("type"), QStringLiteral("mobile")},
                     {QStringLiteral("outbound_sms_blocked"), false},
                     // The number's time zones, as Close lists them: here the contact's own.
                     {QStringLiteral("tz_ids"),
                      p.timezone ? QJsonArray {QString::fromLatin1(p.timezone)} : QJsonArray()},
                 }}},
                {QStringLiteral("emails"), QJsonArray()},
                {QStringLiteral("timezone"),
                 p.timezone ? QJsonValue(QString::fromLatin1(p.timezone)) : QJsonValue()},
                {QStringLiteral("created_by"), m_state.meId},
                {QStringLiteral("updated_by"), m_state.meId},
                {QStringLiteral("date_created"), at(120 * 86400)},
                {QStringLiteral("date_updated"), at(90 * 86400)},
            };
            m_state.contacts.insert(contact);
            m_contacts << contact;
        }
    }
}

void Generator::numbers()
{
    struct Number
    {
        const char *number;
        const char *label;
        const char *type;
        bool sms;
        QStringList countries;
    };
    const QList<Number> numbers = {
        {"+14154445555",
         "Sales line (US)",
         "internal",
         true,
         {QStringLiteral("US"), QStringLiteral("CA")}},
        {"+442071838750",
         "London office",
         "internal",
         true,
         {QStringLiteral("GB"), QStringLiteral("IE"), QStringLiteral("FR"), QStringLiteral("DE"),
          QStringLiteral("NO"), QStringLiteral("BR")}},
        {"+16503335555", "Support (voice only)", "internal", false, {}},
        {"+13125550100", "My mobile (caller ID)", "external", false, {}},
    };
    for (const Number &n : numbers) {
        const QString number = QString::fromLatin1(n.number);
        QJsonObject doc {
            {QStringLiteral("id"), id(QStringLiteral("phon"))},
            {QStringLiteral("address_id"), QJsonValue::Null},
            {QStringLiteral("bundle_id"), QJsonValue::Null},
            {QStringLiteral("carrier"),
             QString::fromLatin1(n.type) == QLatin1String("internal")
                 ? QJsonValue(QStringLiteral("twilio"))
                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("carrier_type"), QStringLiteral("local")},
            {QStringLiteral("date_created"), at(200 * 86400)},
            {QStringLiteral("date_updated"), at(20 * 86400)},
            {QStringLiteral("is_group_number"), false},
            {QStringLiteral("is_premium"), false},
            {QStringLiteral("is_verified"), true},
            {QStringLiteral("label"), QString::fromLatin1(n.label)},
            {QStringLiteral("last_billed_price"), 1.5},
            {QStringLiteral("mms_enabled"), n.sms},
            {QStringLiteral("next_billing_on"), at(-10 * 86400)},
            {QStringLiteral("organization_id"), m_state.organizationId()},
            {QStringLiteral("sms_enabled"), n.sms},
            {QStringLiteral("supports_mms_to_countries"),
             QJsonArray::fromStringList(
                 n.sms ? QStringList {QStringLiteral("US"), QStringLiteral("CA")}
                       : QStringList {})},
            {QStringLiteral("supports_sms_to_countries"), QJsonArray::fromStringList(n.countries)},
            {QStringLiteral("type"), QString::fromLatin1(n.type)},
            {QStringLiteral("user_id"), m_state.meId},
        };
        const PhoneFacts facts = PhoneBook::facts(number);
        doc.insert(QStringLiteral("number"), number);
        doc.insert(QStringLiteral("number_formatted"), facts.formatted);
        doc.insert(QStringLiteral("country"), facts.countryIso);
        m_state.phoneNumbers.insert(doc);
        if (n.sms)
            m_internalSms << number;
    }
}

void Generator::templates()
{
    const QList<QPair<QString, QString>> templates = {
        {QStringLiteral("Cold 1"),
         QStringLiteral("Hey {{ contact.first_name }}, ever considered Close?")},
        {QStringLiteral("Follow-up after demo"),
         QStringLiteral("Hi {{ contact.first_name }}, thanks for your time today! I'll send the "
                        "proposal for {{ lead.display_name }} by Friday.")},
        {QStringLiteral("Meeting reminder"),
         QStringLiteral("Hi {{ contact.first_name }}, a reminder that we have a call scheduled "
                        "for tomorrow. Reply C to confirm.")},
        {QStringLiteral("Break-up"),
         QStringLiteral("{{ contact.first_name }}, I haven't heard back so I'll close your file "
                        "for now. Just reply if timing changes.")},
    };
    for (const auto &[name, text] : templates) {
        m_state.smsTemplates.insert({
            {QStringLiteral("id"), id(QStringLiteral("smstmpl"), 22)},
            {QStringLiteral("name"), name},
            {QStringLiteral("text"), text},
            {QStringLiteral("is_shared"), true},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("attachments"), QJsonArray()},
            {QStringLiteral("organization_id"), m_state.organizationId()},
            {QStringLiteral("created_by"), m_state.meId},
            {QStringLiteral("owned_by"), m_state.meId},
            {QStringLiteral("date_created"), at(90 * 86400)},
            {QStringLiteral("date_updated"), at(30 * 86400)},
        });
    }
}

void Generator::sms(int count)
{
    const QStringList outgoing = {
        QStringLiteral("Hi {first}, just following up on the proposal I sent over. Any questions?"),
        QStringLiteral(
            "Hi {first}! This is a reminder that we have a call scheduled for 12pm PT today."),
        QStringLiteral(
            "Thanks for the chat, {first}. I've attached the pricing sheet we discussed."),
        QStringLiteral("{first}, quick one: would Tuesday or Thursday work better for a demo?"),
        QStringLiteral(
            "Happy Friday {first} 🎉 Our Q3 offer ends next week, want me to hold a spot?"),
        QStringLiteral("Bonjour {first}, je vous envoie le devis dès ce soir. Bonne journée !"),
        QStringLiteral(
            "Hi {first}, following up on our conversation about onboarding. We can start the "
            "migration as early as next Monday, and our team will handle the data import, "
            "user setup and a training session for your reps. Let me know a good time to "
            "finalize the details and I'll send the paperwork over right away."),
        QStringLiteral(
            "Price for the {team} plan: €49/user/month [annual]. Reply YES to get the contract."),
    };
    const QStringList incoming = {
        QStringLiteral("Sounds good, talk then."),
        QStringLiteral("Can we push to next week? Swamped right now."),
        QStringLiteral("Who is this?"),
        QStringLiteral("Yes please send it over 👍"),
        QStringLiteral("STOP"),
        QStringLiteral("Thursday 3pm works for me."),
    };
    const QStringList errors = {
        QStringLiteral("The carrier rejected the message: the number is unreachable."),
        QStringLiteral("The recipient has opted out of messages from this number (replied STOP)."),
    };
    const QStringList firstStatuses
        = {QStringLiteral("draft"), QStringLiteral("scheduled"), QStringLiteral("outbox"),
           QStringLiteral("sent"),  QStringLiteral("inbox"),     QStringLiteral("error")};
    const QStringList weighted
        = {QStringLiteral("draft"),     QStringLiteral("draft"),     QStringLiteral("draft"),
           QStringLiteral("scheduled"), QStringLiteral("scheduled"), QStringLiteral("sent"),
           QStringLiteral("sent"),      QStringLiteral("sent"),      QStringLiteral("sent"),
           QStringLiteral("inbox"),     QStringLiteral("inbox"),     QStringLiteral("inbox"),
           QStringLiteral("error")};

    for (int i = 0; i < count; ++i) {
        QString status = i < firstStatuses.size() ? firstStatuses.at(i) : pick(weighted);
        const QJsonObject &contact = m_contacts.at(m_random.bounded(int(m_contacts.size())));
        const QString remote = phoneOf(contact);
        // Close could never have sent to an invalid number: such messages failed.
        if ((status == QLatin1String("sent") || status == QLatin1String("outbox"))
            && !PhoneBook::facts(remote).valid)
            status = QStringLiteral("error");
        const QString first = contact.value(QLatin1String("first_name")).toString();
        const bool inbound = status == QLatin1String("inbox");
        QString text = inbound ? pick(incoming) : pick(outgoing);
        text.replace(QStringLiteral("{first}"), first);
        text.replace(QStringLiteral("{team}"), QStringLiteral("Growth"));
        const QString local
            = remote.startsWith(QLatin1String("+1")) ? m_internalSms.at(0) : m_internalSms.at(1);
        // Oldest first, spread over the last 60 days; pending ones were written recently.
        const qint64 ago = qint64(count - i) * 60 * 86400 / qMax(count, 1) + m_random.bounded(600);
        const QString created = at(ago);
        const QString activityId = id(QStringLiteral("acti"));
        const QString userId = m_random.bounded(4) == 0 ? pick(m_userIds) : m_state.meId;

        QJsonObject doc {
            {QStringLiteral("_type"), QStringLiteral("SMS")},
            {QStringLiteral("id"), activityId},
            {QStringLiteral("status"), status},
            {QStringLiteral("direction"),
             inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")},
            {QStringLiteral("source"), QStringLiteral("Close.io")},
            {QStringLiteral("text"), text},
            {QStringLiteral("template_id"), QJsonValue::Null},
            {QStringLiteral("lead_id"), contact.value(QLatin1String("lead_id"))},
            {QStringLiteral("contact_id"), contact.value(QLatin1String("id"))},
            {QStringLiteral("user_id"), userId},
            {QStringLiteral("created_by"),
             inbound ? QJsonValue(QJsonValue::Null) : QJsonValue(userId)},
            {QStringLiteral("updated_by"),
             inbound ? QJsonValue(QJsonValue::Null) : QJsonValue(userId)},
            {QStringLiteral("organization_id"), m_state.organizationId()},
            {QStringLiteral("date_created"), created},
            {QStringLiteral("date_updated"), created},
            {QStringLiteral("activity_at"), created},
            {QStringLiteral("date_scheduled"), QJsonValue::Null},
            {QStringLiteral("date_sent"), QJsonValue::Null},
            {QStringLiteral("cost"), QJsonValue::Null},
            {QStringLiteral("error_message"), QJsonValue::Null},
            {QStringLiteral("sequence_id"), QJsonValue::Null},
            {QStringLiteral("sequence_name"), QJsonValue::Null},
            {QStringLiteral("sequence_subscription_id"), QJsonValue::Null},
            {QStringLiteral("agent_action_reason"), QJsonValue::Null},
            {QStringLiteral("agent_config_id"), QJsonValue::Null},
            {QStringLiteral("attachments"), QJsonArray()},
            {QStringLiteral("users"), QJsonArray()},
        };
        ActivityFields::setPhone(doc, QStringLiteral("local"), local, true);
        ActivityFields::setPhone(doc, QStringLiteral("remote"), remote, true);
        ActivityFields::setNames(m_state, doc);

        if (status == QLatin1String("sent") || status == QLatin1String("error")) {
            doc.insert(QStringLiteral("date_sent"),
                       status == QLatin1String("sent") ? QJsonValue(created)
                                                       : QJsonValue(QJsonValue::Null));
            doc.insert(QStringLiteral("cost"),
                       status == QLatin1String("sent")
                           ? QJsonValue(QString::number(SmsResource::segmentCount(text)))
                           : QJsonValue(QJsonValue::Null));
            if (status == QLatin1String("error"))
                doc.insert(QStringLiteral("error_message"),
                           PhoneBook::facts(remote).valid
                               ? pick(errors)
                               : QStringLiteral("The carrier rejected the message: %1 is not a "
                                                "valid phone number.")
                                     .arg(remote));
            if (m_random.bounded(5) == 0) {
                doc.insert(QStringLiteral("sequence_id"), id(QStringLiteral("seq"), 22));
                doc.insert(QStringLiteral("sequence_name"), QStringLiteral("Trial nurture"));
                doc.insert(QStringLiteral("sequence_subscription_id"),
                           id(QStringLiteral("sacti"), 22));
            }
        } else if (status == QLatin1String("scheduled")) {
            const QDateTime when = m_now.addSecs(3600 * (2 + m_random.bounded(72)));
            doc.insert(QStringLiteral("date_scheduled"), Timestamps::format(when));
            m_state.dueAtMs.insert(activityId, when.toMSecsSinceEpoch());
        } else if (status == QLatin1String("outbox")) {
            // Sent by the dispatcher shortly after start, as an outbox SMS with send_in would be.
            m_state.dueAtMs.insert(activityId, m_now.addSecs(45).toMSecsSinceEpoch());
        }
        if (inbound && m_random.bounded(4) == 0) {
            const QString mediaId = id(QStringLiteral("media"), 22);
            const QString base
                = m_origin + QStringLiteral("/go/sms/%1/media/%2/").arg(activityId, mediaId);
            // The sandbox serves these (FileStore::download): a small coloured square.
            const int size = 20000 + m_random.bounded(400000);
            Q_UNUSED(size); // drawn all the same, so that the rest of the sample stays as it was
            doc.insert(
                QStringLiteral("attachments"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("content_type"), QStringLiteral("image/png")},
                    {QStringLiteral("filename"), QStringLiteral("photo_%1.png").arg(i)},
                    {QStringLiteral("media_id"), mediaId},
                    {QStringLiteral("size"), int(FileStore::samplePng(mediaId, 96).size())},
                    {QStringLiteral("url"), base},
                    {QStringLiteral("thumbnail_url"), QString(base + QStringLiteral("thumbnail/"))},
                }});
        }
        m_state.sms.insert(doc);
    }
}

void Generator::whatsapp(int count)
{
    const QStringList outgoing = {
        QStringLiteral("Hi {first}! Here's the *updated quote* we discussed."),
        QStringLiteral(
            "Great speaking with you. Next steps:\n1. _Security review_\n2. Pilot with 5 reps"),
        QStringLiteral("The old price was ~$79~ and it's now *$59* per seat."),
        QStringLiteral("Use code ```NORTHWIND10``` at checkout."),
        QStringLiteral("Are you free for a quick call this afternoon?"),
    };
    const QStringList incoming = {
        QStringLiteral("Thanks! Looking at it now."),
        QStringLiteral("Can you send the _case study_ too?"),
        QStringLiteral("Let's do 4pm."),
        QStringLiteral("👍"),
        QStringLiteral("We need approval from *finance* first."),
    };
    QString previousId;
    QJsonObject contact;
    int threadLeft = 0;
    for (int i = 0; i < count; ++i) {
        if (threadLeft == 0) {
            contact = m_contacts.at(m_random.bounded(int(m_contacts.size())));
            threadLeft = 2 + m_random.bounded(5);
            previousId.clear();
        }
        --threadLeft;
        const bool out = (i % 2 == 0) != (m_random.bounded(5) == 0);
        QString markdown = out ? pick(outgoing) : pick(incoming);
        markdown.replace(QStringLiteral("{first}"),
                         contact.value(QLatin1String("first_name")).toString());
        const QString remote = phoneOf(contact);
        const QString created = at(qint64(count - i) * 30 * 86400 / qMax(count, 1));
        const QString activityId = id(QStringLiteral("acti"));
        QJsonObject doc {
            {QStringLiteral("_type"), QStringLiteral("WhatsAppMessage")},
            {QStringLiteral("id"), activityId},
            {QStringLiteral("activity_at"), created},
            {QStringLiteral("attachments"), QJsonArray()},
            {QStringLiteral("contact_id"), contact.value(QLatin1String("id"))},
            {QStringLiteral("lead_id"), contact.value(QLatin1String("lead_id"))},
            {QStringLiteral("created_by"), m_state.meId},
            {QStringLiteral("updated_by"), m_state.meId},
            {QStringLiteral("user_id"), m_state.meId},
            {QStringLiteral("date_created"), created},
            {QStringLiteral("date_updated"), created},
            {QStringLiteral("direction"),
             out ? QStringLiteral("outgoing") : QStringLiteral("incoming")},
            {QStringLiteral("external_whatsapp_message_id"),
             QString(QStringLiteral("wamid.") + id(QStringLiteral("HBgL"), 30).mid(5))},
            {QStringLiteral("integration_link"),
             QStringLiteral("https://wa.example.com/messages/%1").arg(i)},
            {QStringLiteral("integration_name"), QStringLiteral("WhatsApp Sync")},
            {QStringLiteral("message_markdown"), markdown},
            {QStringLiteral("message_html"), WhatsAppMarkup::toHtml(markdown)},
            {QStringLiteral("text"), WhatsAppMarkup::toPlainText(markdown)},
            {QStringLiteral("organization_id"), m_state.organizationId()},
            {QStringLiteral("response_to_id"),
             !previousId.isEmpty() && m_random.bounded(2) == 0 ? QJsonValue(previousId)
                                                               : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("sequence_id"), QJsonValue::Null},
            {QStringLiteral("sequence_name"), QJsonValue::Null},
            {QStringLiteral("sequence_subscription_id"), QJsonValue::Null},
            {QStringLiteral("source"), QStringLiteral("whatsapp")},
            {QStringLiteral("users"), QJsonArray()},
        };
        ActivityFields::setPhone(doc, QStringLiteral("local"), m_internalSms.at(0), false);
        ActivityFields::setPhone(doc, QStringLiteral("remote"), remote, false);
        ActivityFields::setNames(m_state, doc);
        m_state.whatsapp.insert(doc);
        previousId = activityId;
    }
}

} // namespace

void fill(SandboxState &state, int count, quint32 seed, const QDateTime &now, const QString &origin)
{
    Generator(state, seed, now, origin).run(count);
}

} // namespace SampleData
