#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

class CloseClient;
struct CloseLead;
class LeadSearch;
class PeopleDirectory;

//! The people of one kind a contact, lead or user field can name, as the rep types part of a
//! name: those Draftbox knows at once (PeopleDirectory), then contacts and leads Close's lead
//! search finds once the rep pauses (LeadSearch: one at a time, in the background), or the
//! organization's users, listed once and filtered here. Names for ids, and the lead's page in
//! Close, come from here too.
class PeoplePickerModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { Contact, Lead, User };
    Q_ENUM(Kind)

    enum Role {
        IdRole = Qt::UserRole + 1, //!< QString: cont_…, lead_…, user_…
        NameRole, //!< QString: the name people know them by
        DetailRole, //!< QString: the lead and number of a contact, the email of a user, …
    };
    Q_ENUM(Role)

    struct Person
    {
        QString id;
        QString name;
        QString detail;
        QString haystack; //!< what a search is compared with, SearchText::plain()
    };

    PeoplePickerModel(Kind kind, PeopleDirectory *people, CloseClient *client,
                      QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    //! Lists who matches `text` at once and asks Close after a pause (contacts and leads).
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    bool isSearching() const;
    //! Why Close could not be searched (or its users listed); what is known is still listed.
    QString searchProblem() const;
    void setPauseMs(int ms);
    Person person(int row) const { return m_shown.value(row); }

    //! The name of `id` as Close told it; the id itself until then (asked for in the background).
    QString nameOf(const QString &id) const;
    //! Whether Close told the name of `id`.
    bool knows(const QString &id) const;
    //! Where `id` opens in Close's web app (a lead's html_url), if it may be opened: https, or
    //! http on this machine (the sandbox). Empty otherwise.
    QUrl closeUrl(const QString &id) const;
    //! The rep chose `id` from the rows: its name is kept so that it shows at once everywhere.
    void choose(const QString &id);

    //! Only Close's https pages, or the sandbox on this machine.
    static bool mayOpen(const QUrl &url);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void searchingChanged();
    //! Close told names (of the ids fields show, say).
    void namesChanged();

private:
    bool isOfKind(const QString &id) const;
    Person fromRecord(const QString &id) const;
    void addFound(const QList<CloseLead> &leads);
    void filter();
    //! What Close said of someone: the directory's record, else what the search found.
    QJsonObject recordOf(const QString &id) const;

    Kind m_kind;
    QPointer<PeopleDirectory> m_people;
    LeadSearch *m_leads = nullptr;
    //! The contacts and leads Close's search found, by id, as it told them.
    QHash<QString, QJsonObject> m_found;
    QList<Person> m_shown;
    QString m_search;
};
