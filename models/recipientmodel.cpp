#include "recipientmodel.h"

#include "closecall.h"
#include "closeclient.h"
#include "closelead.h"
#include "jsoncodec.h"
#include "optout.h"
#include "phonecheck.h"
#include "smssync.h"

#include <QSet>

namespace {

constexpr int shownAtMost = 50;

QString folded(const QString &text)
{
    // "Léa" is found by "lea": letters without their accents, in lower case.
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

} // namespace

RecipientModel::RecipientModel(SmsSync *sms, CloseClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_sms(sms)
    , m_client(client)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(300);
    connect(&m_pause, &QTimer::timeout, this, &RecipientModel::askClose);
    gatherKnown();
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
    if (m_search.size() >= 2 && m_search != m_asked)
        m_pause.start();
    else
        m_pause.stop();
    emit searchingChanged();
}

void RecipientModel::askClose()
{
    if (!m_client || m_search.isEmpty())
        return;
    if (m_call)
        return; // one search at a time: the rep's latest text is asked for once it answers
    m_asked = m_search;
    m_call = m_client->searchLeads(m_search, 10);
    m_call->setBackground(true); // said here, in the picker, not under Problems
    const QString asked = m_search;
    connect(m_call, &CloseCall::finished, this, [this, asked](const ApiResult &result) {
        m_call.clear();
        if (m_search != m_asked && m_search.size() >= 2)
            m_pause.start(); // typed on meanwhile
        if (!result.ok()) {
            if (asked == m_search)
                m_problem = tr("Close could not be searched (%1); the people Draftbox already "
                               "knows are shown.")
                                .arg(result.error.message);
            emit searchingChanged();
            return;
        }
        m_problem.clear();
        for (const CloseLead &lead : JsonCodec::decodePage<CloseLead>(result.object())) {
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
        emit searchingChanged();
    });
    emit searchingChanged();
}

bool RecipientModel::matches(const Recipient &r, const QStringList &words) const
{
    const QString names = folded(r.name + QLatin1Char(' ') + r.leadName);
    const QString digits = OptOutList::digitsOf(r.phone);
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        const QString wordDigits = OptOutList::digitsOf(word);
        if (!wordDigits.isEmpty() && wordDigits.size() * 2 >= word.size())
            return digits.contains(wordDigits);
        return names.contains(folded(word));
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
