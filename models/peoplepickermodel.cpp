#include "peoplepickermodel.h"

#include "closelead.h"
#include "closeuser.h"
#include "leadsearch.h"
#include "peopledirectory.h"
#include "searchtext.h"

#include <QSet>

#include <algorithm>

namespace {

constexpr int shownAtMost = 50;

QString firstPhone(const CloseContact &contact)
{
    const QList<ContactPhone> phones = contact.phones.valueOr({});
    return phones.isEmpty()
        ? QString()
        : phones.first().phoneFormatted.valueOr(phones.first().phone.valueOr({}));
}

} // namespace

PeoplePickerModel::PeoplePickerModel(Kind kind, PeopleDirectory *people, CloseClient *client,
                                     QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_people(people)
{
    if (kind != Kind::User) {
        m_leads = new LeadSearch(client, this);
        connect(m_leads, &LeadSearch::searchingChanged, this, &PeoplePickerModel::searchingChanged);
        connect(m_leads, &LeadSearch::found, this,
                [this](const QString &, const QList<CloseLead> &leads) { addFound(leads); });
    }
    if (people) {
        connect(people, &PeopleDirectory::arrived, this, [this] {
            if (!m_search.isEmpty())
                filter();
            emit namesChanged();
        });
        if (kind == Kind::User) {
            connect(people, &PeopleDirectory::usersChanged, this, [this] {
                if (!m_search.isEmpty())
                    filter();
                emit searchingChanged();
            });
        }
    }
}

bool PeoplePickerModel::isOfKind(const QString &id) const
{
    switch (m_kind) {
    case Kind::Contact:
        return id.startsWith(QLatin1String("cont_"));
    case Kind::Lead:
        return id.startsWith(QLatin1String("lead_"));
    case Kind::User:
        return id.startsWith(QLatin1String("user_"));
    }
    return false;
}

QJsonObject PeoplePickerModel::recordOf(const QString &id) const
{
    const QJsonObject known = m_people ? m_people->record(id) : QJsonObject();
    return known.isEmpty() ? m_found.value(id) : known;
}

PeoplePickerModel::Person PeoplePickerModel::fromRecord(const QString &id) const
{
    Person p;
    p.id = id;
    QStringList searched;
    const QJsonObject record = recordOf(id);
    switch (m_kind) {
    case Kind::Contact: {
        const CloseContact contact = CloseContact::fromJson(record).value_or(CloseContact());
        p.name = contact.shownName();
        const QString leadId = contact.leadId.valueOr({});
        const QString lead = leadId.isEmpty()
            ? QString()
            : CloseLead::fromJson(recordOf(leadId)).value_or(CloseLead()).displayName.valueOr({});
        const QString phone = firstPhone(contact);
        QStringList detail;
        for (const QString &part : {lead, phone}) {
            if (!part.isEmpty())
                detail << part;
        }
        p.detail = detail.join(QStringLiteral(" · "));
        searched << p.name << lead;
        for (const ContactPhone &number : contact.phones.valueOr({}))
            searched << number.phoneFormatted.valueOr({}) << number.phone.valueOr({});
        break;
    }
    case Kind::Lead: {
        const CloseLead lead = CloseLead::fromJson(record).value_or(CloseLead());
        p.name = lead.displayName.valueOr({});
        QStringList contacts;
        for (const CloseContact &contact : lead.contacts.valueOr({}))
            contacts << contact.shownName();
        searched << p.name << contacts;
        if (contacts.size() > 3)
            contacts = contacts.mid(0, 3) << QStringLiteral("…");
        p.detail = contacts.join(QStringLiteral(", "));
        break;
    }
    case Kind::User: {
        const CloseUser user = CloseUser::fromJson(record).value_or(CloseUser());
        p.name = user.displayName();
        p.detail = user.email.valueOr({});
        searched << user.firstName.valueOr({}) << user.lastName.valueOr({}) << p.detail;
        break;
    }
    }
    if (p.name.isEmpty())
        p.name = id;
    p.haystack = SearchText::plain(searched.join(QLatin1Char(' ')));
    return p;
}

void PeoplePickerModel::setSearch(const QString &text)
{
    m_search = text.simplified();
    if (m_kind == Kind::User && m_people && !m_search.isEmpty())
        m_people->askUsers(); // once; again after it failed
    filter();
    if (m_leads)
        m_leads->setText(m_search);
}

void PeoplePickerModel::addFound(const QList<CloseLead> &leads)
{
    for (const CloseLead &lead : leads) {
        const QString leadId = lead.id.valueOr({});
        if (leadId.isEmpty())
            continue;
        m_found.insert(leadId, lead.toJson());
        for (const CloseContact &contact : lead.contacts.valueOr({})) {
            CloseContact c = contact;
            if (!c.leadId.isSet())
                c.leadId = leadId;
            if (!c.id.valueOr({}).isEmpty())
                m_found.insert(c.id.value(), c.toJson());
        }
    }
    filter();
}

void PeoplePickerModel::filter()
{
    beginResetModel();
    m_shown.clear();
    const QStringList words
        = SearchText::plain(m_search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        QSet<QString> ids;
        if (m_people) {
            const QStringList known = m_people->knownIds();
            ids = QSet<QString>(known.cbegin(), known.cend());
        }
        for (auto it = m_found.cbegin(); it != m_found.cend(); ++it)
            ids.insert(it.key());
        for (const QString &id : std::as_const(ids)) {
            if (!isOfKind(id))
                continue;
            Person p = fromRecord(id);
            if (std::all_of(words.cbegin(), words.cend(),
                            [&p](const QString &word) { return p.haystack.contains(word); }))
                m_shown << p;
        }
        std::sort(m_shown.begin(), m_shown.end(), [](const Person &a, const Person &b) {
            const int byName = QString::localeAwareCompare(a.name, b.name);
            return byName != 0 ? byName < 0 : a.id < b.id;
        });
        if (m_shown.size() > shownAtMost)
            m_shown.resize(shownAtMost);
    }
    endResetModel();
}

bool PeoplePickerModel::isSearching() const
{
    if (m_leads)
        return m_leads->isSearching();
    return m_people && m_people->isListingUsers();
}

QString PeoplePickerModel::searchProblem() const
{
    if (m_leads) {
        const QString why = m_leads->failure();
        return why.isEmpty() ? QString()
                             : tr("Close could not be searched (%1); only the people Draftbox "
                                  "already knows are listed.")
                                   .arg(why);
    }
    const QString why = m_people ? m_people->usersProblem() : QString();
    return why.isEmpty() ? QString() : tr("Close's users could not be listed (%1).").arg(why);
}

void PeoplePickerModel::setPauseMs(int ms)
{
    if (m_leads)
        m_leads->setPauseMs(ms);
}

bool PeoplePickerModel::knows(const QString &id) const
{
    return !id.isEmpty() && ((m_people && m_people->knows(id)) || m_found.contains(id));
}

QString PeoplePickerModel::nameOf(const QString &id) const
{
    if (id.isEmpty())
        return {};
    if (!knows(id)) {
        if (m_people)
            m_people->ask({id}); // once; the name shows when it comes (namesChanged)
        return id;
    }
    return fromRecord(id).name;
}

QUrl PeoplePickerModel::closeUrl(const QString &id) const
{
    if (m_kind != Kind::Lead || id.isEmpty())
        return {};
    const QUrl url(CloseLead::fromJson(recordOf(id)).value_or(CloseLead()).htmlUrl.valueOr({}),
                   QUrl::StrictMode);
    return mayOpen(url) ? url : QUrl();
}

bool PeoplePickerModel::mayOpen(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    const QString host = url.host();
    const bool loopback = host == QLatin1String("localhost") || host == QLatin1String("::1")
        || host.startsWith(QLatin1String("127."));
    return url.scheme() == QLatin1String("http") && loopback;
}

void PeoplePickerModel::choose(const QString &id)
{
    if (!m_people || id.isEmpty() || !m_found.contains(id))
        return;
    m_people->remember(id, m_found.value(id));
    // A contact's lead names it on the second line.
    const QString leadId = m_found.value(id).value(QLatin1String("lead_id")).toString();
    if (m_found.contains(leadId))
        m_people->remember(leadId, m_found.value(leadId));
}

int PeoplePickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant PeoplePickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &p = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.detail.isEmpty() ? p.name : p.name + QLatin1Char('\n') + p.detail;
    case Qt::EditRole:
    case NameRole:
        return p.name;
    case Qt::ToolTipRole:
        return tr("ID: %1").arg(p.id);
    case Qt::AccessibleTextRole:
        return p.detail.isEmpty() ? p.name : tr("%1, %2").arg(p.name, p.detail);
    case IdRole:
        return p.id;
    case DetailRole:
        return p.detail;
    default:
        return {};
    }
}
