#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

//! Documents of one kind in creation order, oldest first (or, with an order key, in the order
//! of that field, ties in creation order). Lists come newest first, the order Close returns
//! activities in, and stay stable between pages.
class ActivityCollection
{
public:
    ActivityCollection() = default;
    //! Keeps the documents ordered by `orderKey`, a timestamp field the sandbox always writes
    //! in Timestamps::format, whose text sorts as its time does.
    explicit ActivityCollection(const QString &orderKey)
        : m_orderKey(orderKey)
    { }

    struct Page
    {
        QList<QJsonObject> items;
        bool hasMore = false;
    };

    void insert(const QJsonObject &document);
    void replace(const QJsonObject &document);
    bool remove(const QString &id);
    bool contains(const QString &id) const { return m_documents.contains(id); }
    QJsonObject value(const QString &id) const { return m_documents.value(id); }
    qsizetype size() const { return m_order.size(); }

    //! Page `skip`… of the documents `accept` takes, newest first. `key` names the filter
    //! (empty: none, every document): the matches of the last key are kept until the
    //! documents change, so a deep page costs what the first does, as in Close.
    Page select(const QString &key, const std::function<bool(const QJsonObject &)> &accept,
                int skip, int limit) const;
    QJsonObject find(const std::function<bool(const QJsonObject &)> &accept) const;

    //! The document as compact JSON, serialised once per change: list pages are assembled from
    //! these bytes instead of re-encoding every document on every request.
    QByteArray compactJson(const QString &id) const;

    QJsonArray toJson() const;
    void fromJson(const QJsonArray &documents);

private:
    const QList<qsizetype> &matched(const QString &key,
                                    const std::function<bool(const QJsonObject &)> &accept) const;

    QString m_orderKey;
    QHash<QString, QJsonObject> m_documents;
    QList<QString> m_order;
    mutable QHash<QString, QByteArray> m_compact;
    //! Positions in m_order, newest first, of the documents the filter `m_matchedKey` takes.
    mutable QList<qsizetype> m_matched;
    mutable QString m_matchedKey;
    mutable bool m_matchedValid = false;
};
