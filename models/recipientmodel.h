#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>

#include <optional>

class CloseClient;
class CloseLead;
class LeadSearch;
class SmsSync;

//! Who a new SMS can go to, as the rep types a name, company or number: the people Draftbox
//! already has SMS with at once, then the leads Close finds (its lead `query`, asked once the
//! rep pauses, never holding up typing), and the number typed itself when it reads as one.
//! One row per number; those who opted out say so.
class RecipientModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        PhoneRole = Qt::UserRole + 1, //!< QString: E.164
        ContactIdRole, //!< QString, empty for a typed number
        LeadIdRole, //!< QString
        NameRole, //!< QString: the contact's name
        LeadNameRole, //!< QString
        CountryRole, //!< QString: ISO-2
        OptOutRole, //!< QString: why they may not be texted; empty when they may
    };
    Q_ENUM(Role)

    struct Recipient
    {
        QString phone;
        QString formatted;
        QString type; //!< mobile, office, … as Close has it
        QString country;
        QString contactId;
        QString leadId;
        QString name;
        QString leadName;
        bool blockedInClose = false;
        std::optional<QDateTime> markedAt; //!< when Close last changed the contact
        bool fromClose = false; //!< found by the search rather than known
    };

    RecipientModel(SmsSync *sms, CloseClient *client, QObject *parent = nullptr);

    //! Shows who matches `text` at once, and asks Close after a pause.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    //! Whether Close is being asked.
    bool isSearching() const;
    //! Close's search failed (offline, say); what is known is still shown.
    QString searchProblem() const;
    Recipient recipient(int row) const { return m_shown.value(row); }
    //! How long the rep's pause must be before Close is asked.
    void setPauseMs(int ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void searchingChanged();

private:
    void gatherKnown();
    void addFound(const QList<CloseLead> &leads);
    void filter();
    bool matches(const Recipient &recipient, const QStringList &words) const;
    QString optOut(const Recipient &recipient) const;

    QPointer<SmsSync> m_sms;
    LeadSearch *m_leads;
    QList<Recipient> m_known; //!< from the SMS listed, then from Close's answers
    QList<Recipient> m_shown;
    QString m_search;
};
