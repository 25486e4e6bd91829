#pragma once

#include "field.h"
#include "pendingedit.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

//! The fields of one kind of activity as the store keeps them, taken from its api/ type's field
//! list, and the strings its rows share (ids of leads, contacts and users, numbers, names,
//! statuses): each is kept once, the rows hold its number.
class RecordSchema
{
public:
    using Kind = FieldKind;

    //! The fields `Activity::fields()` lists; those in `own` are each row's own text.
    template<typename Activity>
    static RecordSchema of(const QStringList &own)
    {
        RecordSchema schema;
        Activity activity;
        Collector collector {&schema, &own};
        Activity::fields(activity, collector);
        return schema;
    }

    int size() const { return int(m_names.size()); }
    int indexOf(const QString &name) const { return m_index.value(name, -1); }
    const QString &name(int field) const { return m_names.at(field); }
    Kind kind(int field) const { return m_kinds.at(field); }

    //! indexOf() for the key at `position` of an object: the objects of a page share their
    //! keys, in the same order, so the key at a position is mostly the one there last time, and
    //! a comparison finds it without hashing.
    int fieldAt(int position, const QString &name);
    //! The shared string's number (the same text, the same number).
    quint32 intern(const QString &text);
    //! The number `text` has if it is shared; 0 when it is not.
    quint32 numberOf(const QString &text) const { return m_stringIndex.value(text, 0); }
    //! intern() for a value of `field`: consecutive records mostly share a field's value (the
    //! same lead, user, status), so the value it last had is compared first.
    quint32 intern(int field, const QString &text);
    //! A value kept as it came (a list, an object, a value of an unexpected type), its number;
    //! equal values share one.
    quint32 keep(const QJsonValue &value);
    const QJsonValue &kept(quint32 number) const { return m_values.at(number); }
    //! The fields whose slot takes 8 bytes (the others take 4), a bit each.
    quint64 wideFields() const { return m_wide; }
    const QString &shared(quint32 number) const { return m_strings.at(number); }
    int sharedCount() const { return int(m_strings.size()); }

private:
    RecordSchema();

    template<typename T>
    static Kind kindOf()
    {
        if constexpr (std::is_same_v<T, QString>)
            return Kind::Shared;
        else if constexpr (std::is_same_v<T, QDateTime>)
            return Kind::Time;
        else if constexpr (std::is_same_v<T, qint64> || std::is_same_v<T, double>)
            return Kind::Number;
        else if constexpr (std::is_same_v<T, bool>)
            return Kind::Bool;
        else
            return Kind::Json;
    }

    struct Collector
    {
        RecordSchema *schema;
        const QStringList *own;
        template<typename T>
        void operator()(const char *key, Field<T> &)
        {
            const QString name = QString::fromLatin1(key);
            Kind kind = kindOf<T>();
            if (kind == Kind::Shared && own->contains(name))
                kind = Kind::Own;
            schema->add(name, kind);
        }
    };
    void add(const QString &name, Kind kind);

    QStringList m_names;
    QList<Kind> m_kinds;
    QHash<QString, int> m_index;
    QList<QString> m_strings;
    QHash<QString, quint32> m_stringIndex;
    QList<QJsonValue> m_values;
    QHash<QJsonValue, quint32> m_valueIndex;
    quint64 m_wide = 0;
    //! The key last seen at each position of an object, and its field.
    QList<std::pair<QString, int>> m_lastKeys;
    //! The value last interned for each field (its number; 0: none yet).
    QList<quint32> m_lastShared;
};

//! One activity as Close sent it, without its keys: a value per schema field (absent, null or
//! set), shared strings by number, times as numbers, the row's own texts in UTF-8. Any
//! value of an unexpected type, and any field the schema does not name, is kept as it came, so
//! nothing Close sent is lost.
class ActivityRecord
{
public:
    ActivityRecord() = default;
    static ActivityRecord fromJson(RecordSchema &schema, const QJsonObject &json);

    bool isEmpty() const { return m_data.isEmpty(); }
    //! The field's value as Close sent it (undefined when absent).
    QJsonValue value(const RecordSchema &schema, int field) const;
    //! The field's time; none when absent, null or not a time.
    std::optional<QDateTime> time(const RecordSchema &schema, int field) const;
    //! The field's text without building a JSON value; empty when it is none.
    QString text(const RecordSchema &schema, int field) const;
    //! Whether the field's text is `text`, without building it.
    bool textIs(const RecordSchema &schema, int field, QStringView text) const;
    //! The number of the field's shared string (RecordSchema::intern()); 0 when it is none
    //! (absent, null, kept as it came, or not a shared field).
    quint32 sharedNumber(const RecordSchema &schema, int field) const;
    QJsonObject toJson(const RecordSchema &schema) const;

private:
    //! What the block starts with.
    struct Header
    {
        quint64 present = 0; //!< a bit per field Close sent
        quint64 null = 0; //!< … sent as null
        quint64 raw = 0; //!< … whose slot is the kept number of their value as it came
        quint32 unknown = 0; //!< kept number of the fields the schema lacks (an object); 0: none
        quint32 ownAt = 0; //!< where the Own texts start
    };
    Header header() const;
    //! Whether the field has a slot: present, not null.
    static bool isSet(const Header &header, int field);
    quint64 slot(const RecordSchema &schema, const Header &header, int field) const;
    QString ownText(const Header &header, quint64 slot) const;

    //! One block: the header, then a slot for each set field in field order (4 bytes for a
    //! shared number or a bool, 8 for an Own text's offset and length, a time or a number),
    //! then the Own texts in UTF-8.
    QByteArray m_data;
};

//! The rows of one kind of activity as the rep works on them: each Close's copy (a compact
//! record) and the rep's pending edit over it, the last failure, the searched text, found by
//! id. No item model, no network: ActivityTableModel shows it and asks Close.
class ActivityStore
{
public:
    static constexpr quint32 noTally = ~quint32(0);
    static constexpr int maxTallied = 2;

    struct Row
    {
        ActivityRecord server;
        PendingEdit edit; //!< the rep's edits over it and where their requests stand
        QJsonObject fieldErrors;
        QString error;
        QString refusedField; //!< the field whose refused edit `error` explains
        //! The value each tallied field was counted with (a shared string's number), or none.
        quint32 tallied[2] = {noTally, noTally};
    };

    explicit ActivityStore(RecordSchema schema);

    const RecordSchema &schema() const { return m_schema; }
    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    Row &row(int row) { return *m_rows[size_t(row)]; }
    const Row &row(int row) const { return *m_rows[size_t(row)]; }
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

    //! Close's value of the field (undefined when absent or unknown).
    QJsonValue serverValue(int row, const QString &name) const;
    //! The rep's value where they edited the field, else Close's.
    QJsonValue value(int row, const QString &name) const;
    //! The field's text, edited or Close's; empty when it is none.
    QString text(int row, const QString &name) const;
    //! text() of the schema's field by its index (no look-up of the name).
    QString text(int row, int field) const;
    //! The rows whose field `field` (a shared one: an id), edited or Close's, is one of `texts`,
    //! found by number, not by building each row's text.
    QList<int> rowsWhere(int field, const QSet<QString> &texts) const;
    //! The field's time, edited or Close's.
    std::optional<QDateTime> time(int row, const QString &name) const;
    std::optional<QDateTime> serverTime(int row, const QString &name) const;
    //! Close's copy as JSON, for the rules that compare whole copies (PendingEdit).
    QJsonObject serverCopy(int row) const;
    //! Close's copy with the rep's edits over it.
    QJsonObject effective(int row) const;

    //! Close sent a new copy of the row.
    void setServer(int row, const QJsonObject &server);
    //! New rows from Close at `first`, in order.
    void insert(int first, const QList<QJsonObject> &fresh);
    void remove(int row);
    void clear();

    //! Keeps the rows counted by the values of these fields (at most maxTallied), edited or
    //! Close's, as rows come, change and go: a count never needs a pass over every row.
    void tallyBy(const QStringList &names);
    //! How many rows hold each value of the tallied field `name` (rows without one are not
    //! counted).
    QHash<QString, int> tally(const QString &name) const;
    //! Counts the row again: its edits or Close's copy changed.
    void retally(int row);

    //! What contains() and containsNumber() look in for the row: its searched fields
    //! case-folded (SearchText::fold()) and its numbers as bare digits (SearchText::digits()).
    void setSearched(int row, const QByteArray &folded, const QByteArray &digits);
    //! Whether the row's searched fields hold the needle (case-folded UTF-8).
    bool contains(int row, QByteArrayView needle) const;
    //! Whether the row's numbers, as bare digits, hold the needle.
    bool containsNumber(int row, QByteArrayView needle) const;

private:
    //! Where a row's searched text is in m_searchText: the folded fields from `at`, then from
    //! `at + numbersAt` the digits, `size` bytes in all.
    struct Searched
    {
        quint32 at = 0;
        quint32 numbersAt = 0;
        quint32 size = 0;
    };
    //! Writes every row's searched text again, one after another in row order.
    void compactSearched();
    void untally(const Row &row);
    RecordSchema m_schema;
    //! Indexes every row by its id again.
    void reindex();
    void index(int row);

    std::vector<std::unique_ptr<Row>> m_rows; //!< one allocation a row: no slack, no moves
    //! The rows by id: open addressing on the id's hash, -1 for a free place, at most half
    //! full. The ids stay in the rows (no second copy of each).
    std::vector<int> m_byId;
    int m_idField;
    QStringList m_tallied;
    //! By tallied field: a shared string's number -> the rows holding it (none at 0).
    QList<QHash<quint32, int>> m_tallies;
    //! Every row's searched text in one block, so that a keystroke in Search reads memory in
    //! order rather than chasing a block a row: a changed row's new text goes at the end (the
    //! old one is garbage until the next compaction).
    QByteArray m_searchText;
    std::vector<Searched> m_searched; //!< by row
    qsizetype m_searchGarbage = 0; //!< bytes of m_searchText no row points to
};
