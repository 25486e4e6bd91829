#include "activitycollection.h"

#include <QJsonDocument>

#include <algorithm>

namespace {
QString idOf(const QJsonObject &document)
{
    return document.value(QLatin1String("id")).toString();
}
} // namespace

void ActivityCollection::insert(const QJsonObject &document)
{
    const QString id = idOf(document);
    if (!m_documents.contains(id)) {
        const QString key = document.value(m_orderKey).toString();
        const auto keyOf = [this](const QString &other) {
            return m_documents.value(other).value(m_orderKey).toString();
        };
        // Almost always the newest: appended. An earlier one goes after its equals.
        if (m_orderKey.isEmpty() || m_order.isEmpty() || keyOf(m_order.constLast()) <= key)
            m_order.append(id);
        else
            m_order.insert(std::upper_bound(m_order.begin(), m_order.end(), key,
                                            [&](const QString &k, const QString &other) {
                                                return k < keyOf(other);
                                            }),
                           id);
    }
    m_documents.insert(id, document);
    m_compact.remove(id);
    m_matchedValid = false;
}

void ActivityCollection::replace(const QJsonObject &document)
{
    insert(document);
}

bool ActivityCollection::remove(const QString &id)
{
    if (!m_documents.remove(id))
        return false;
    m_compact.remove(id);
    m_order.removeOne(id);
    m_matchedValid = false;
    return true;
}

ActivityCollection::Page
ActivityCollection::select(const QString &key,
                           const std::function<bool(const QJsonObject &)> &accept, int skip,
                           int limit) const
{
    Page page;
    const qsizetype count = key.isEmpty() ? m_order.size() : matched(key, accept).size();
    const auto at = [&](qsizetype i) {
        return key.isEmpty() ? m_order.size() - 1 - i : m_matched.at(i);
    };
    for (qsizetype i = qMax(0, skip); i < count && page.items.size() < limit; ++i)
        page.items.append(m_documents[m_order.at(at(i))]);
    page.hasMore = qsizetype(qMax(0, skip)) + page.items.size() < count;
    return page;
}

const QList<qsizetype> &
ActivityCollection::matched(const QString &key,
                            const std::function<bool(const QJsonObject &)> &accept) const
{
    if (m_matchedValid && m_matchedKey == key)
        return m_matched;
    m_matched.clear();
    for (qsizetype i = m_order.size() - 1; i >= 0; --i) {
        if (accept(m_documents[m_order.at(i)]))
            m_matched.append(i);
    }
    m_matchedKey = key;
    m_matchedValid = true;
    return m_matched;
}

QJsonObject ActivityCollection::find(const std::function<bool(const QJsonObject &)> &accept) const
{
    for (const QString &id : m_order) {
        const QJsonObject &document = m_documents[id];
        if (accept(document))
            return document;
    }
    return {};
}

QByteArray ActivityCollection::compactJson(const QString &id) const
{
    auto it = m_compact.find(id);
    if (it == m_compact.end())
        it = m_compact.insert(id,
                              QJsonDocument(m_documents.value(id)).toJson(QJsonDocument::Compact));
    return *it;
}

QJsonArray ActivityCollection::toJson() const
{
    QJsonArray out;
    for (const QString &id : m_order)
        out.append(m_documents.value(id));
    return out;
}

void ActivityCollection::fromJson(const QJsonArray &documents)
{
    m_documents.clear();
    m_order.clear();
    m_compact.clear();
    for (const QJsonValue &value : documents)
        insert(value.toObject());
}
