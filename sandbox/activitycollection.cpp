#include "activitycollection.h"

#include <QJsonDocument>

namespace {
QString idOf(const QJsonObject &document)
{
    return document.value(QLatin1String("id")).toString();
}
} // namespace

void ActivityCollection::insert(const QJsonObject &document)
{
    const QString id = idOf(document);
    if (!m_documents.contains(id))
        m_order.append(id);
    m_documents.insert(id, document);
    m_compact.remove(id);
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
    return true;
}

ActivityCollection::Page
ActivityCollection::select(const std::function<bool(const QJsonObject &)> &accept, int skip,
                           int limit) const
{
    Page page;
    int matched = 0;
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it) {
        const QJsonObject &document = m_documents[*it];
        if (!accept(document))
            continue;
        if (matched++ < skip)
            continue;
        if (page.items.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.items.append(document);
    }
    return page;
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
