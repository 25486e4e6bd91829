#include "recipientmodel.h"

#include "closelead.h"
#include "leadsearch.h"
#include "optout.h"
#include "phonecheck.h"
#include "searchtext.h"
#include "smssync.h"

#include <QSet>

namespace {

constexpr int shownAtMost = 50;

} // namespace

RecipientModel::RecipientModel(SmsSync *sms, CloseClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_sms(sms)
    , m_leads(new LeadSearch(client, this))
{
    connect(m_leads, &LeadSearch::searchingChanged, this, &RecipientModel::searchingChanged);
    connect(m_leads, &LeadSearch::found, this,
            [this](const QString &, const QList<CloseLead> &leads) { addFound(leads); });
    gatherKnown();
}

bool RecipientModel::isSearching() const
{
    return m_leads->isSearching();
}

QString RecipientModel::searchProblem() const
{
    const QString why = m_leads->failure();
    return why.isEmpty() ? QString()
                         : tr("Close could not be searched (%1); the people Draftbox already "
                              "knows are shown.")
                               .arg(why);
}

void RecipientModel::setPauseMs(int ms)
{
    m_leads->setPauseMs(ms);
}

void RecipientModel::gatherKnown()
{
    if (!m_sms)
        return;
    QSet<QString> seen;
    // The latest SMS first: their names and numbers are the freshest.
    for (int row = 0; row < m_sms->size(); ++row) {
        const QString phone = m_sms->text(row, QStringLiteral("remote_phone"));
        if (phone.isEmpty() || seen.contains(phone))
            continue;
        seen.insert(phone);
        Recipient r;
        r.phone = phone;
        r.formatted = m_sms->listRemotePhone(row);
        r.country = m_sms->text(row, QStringLiteral("remote_country_iso"));
        r.contactId = m_sms->text(row, QStringLiteral("contact_id"));
        r.leadId = m_sms->text(row, QStringLiteral("lead_id"));
        const QString name = m_sms->displayName(r.contactId);
        r.name = name == r.contactId ? QString() : name;
        const QString lead = m_sms->displayName(r.leadId);
        r.leadName = lead == r.leadId ? QString() : lead;
        m_known << r;
    }
}

void RecipientModel::setSearch(const QString &text)
{
    m_search = text.simplified();
    filter();
    m_leads->setText(m_search); // says searchingChanged()
}

void RecipientModel::addFound(const QList<CloseLead> &leads)
{
    for (const CloseLead &lead : leads) {
        for (const CloseContact &contact : lead.contacts.valueOr({})) {
            for (const ContactPhone &phone : contact.phones.valueOr({})) {
                Recipient r;
                r.phone = phone.phone.valueOr({});
                if (r.phone.isEmpty())
                    continue;
                r.formatted = phone.phoneFormatted.valueOr(r.phone);
                r.type = phone.type.valueOr({});
                r.country = phone.country.valueOr({});
                r.contactId = contact.id.valueOr({});
                r.leadId = lead.id.valueOr({});
                r.name = contact.shownName();
                r.leadName = lead.displayName.valueOr({});
                r.blockedInClose = phone.outboundSmsBlocked.valueOr(false);
                if (contact.dateUpdated.isSet())
                    r.markedAt = contact.dateUpdated.value();
                r.fromClose = true;
                const auto known
                    = std::find_if(m_known.begin(), m_known.end(),
                                   [&r](const Recipient &k) { return k.phone == r.phone; });
                if (known != m_known.end()) {
                    // Close's word on the name and the mark is the newer.
                    *known = r;
                } else {
                    m_known << r;
                }
            }
        }
    }
    filter();
}

bool RecipientModel::matches(const Recipient &r, const QStringList &words) const
{
    const QString names = SearchText::plain(r.name + QLatin1Char(' ') + r.leadName);
    const QString digits = OptOutList::digitsOf(r.phone);
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        const QString wordDigits = OptOutList::digitsOf(word);
        if (!wordDigits.isEmpty() && wordDigits.size() * 2 >= word.size())
            return digits.contains(wordDigits);
        return names.contains(SearchText::plain(word));
    });
}

void RecipientModel::filter()
{
    beginResetModel();
    m_shown.clear();
    const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        for (const Recipient &r : std::as_const(m_known)) {
            if (matches(r, words))
                m_shown << r;
            if (m_shown.size() >= shownAtMost)
                break;
        }
        // The number as typed, when it is one nobody above has.
        const PhoneCheck typed = PhoneCheck::check(m_search);
        if (typed.valid
            && std::none_of(m_shown.cbegin(), m_shown.cend(),
                            [&typed](const Recipient &r) { return r.phone == typed.e164; })) {
            Recipient r;
            r.phone = typed.e164;
            r.formatted = typed.formatted;
            r.country = typed.countryIso;
            m_shown << r;
        }
    }
    endResetModel();
}

QString RecipientModel::optOut(const Recipient &r) const
{
    const QString who = r.name.isEmpty() ? r.formatted : r.name;
    return m_sms ? m_sms->optOuts().reason(r.phone, who, r.blockedInClose, r.markedAt) : QString();
}

int RecipientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant RecipientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Recipient &r = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString line = r.name.isEmpty() ? tr("%1 (no contact in Close)").arg(r.formatted)
                                        : QStringLiteral("%1 · %2").arg(r.name, r.formatted);
        if (!r.leadName.isEmpty() && r.leadName != r.name)
            line += QStringLiteral(" — ") + r.leadName;
        if (!r.type.isEmpty())
            line += QStringLiteral(" (%1)").arg(r.type);
        if (!optOut(r).isEmpty())
            line += QStringLiteral(" · ") + tr("opted out");
        return line;
    }
    case Qt::ToolTipRole: {
        const QString why = optOut(r);
        return why.isEmpty() ? QVariant() : QVariant(why);
    }
    case PhoneRole:
        return r.phone;
    case ContactIdRole:
        return r.contactId;
    case LeadIdRole:
        return r.leadId;
    case NameRole:
        return r.name;
    case LeadNameRole:
        return r.leadName;
    case CountryRole:
        return r.country.isEmpty() ? PhoneCheck::check(r.phone).countryIso : r.country;
    case OptOutRole:
        return optOut(r);
    default:
        return {};
    }
}
