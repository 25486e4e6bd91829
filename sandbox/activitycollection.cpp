#include "activitycollection.h"

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
}

void ActivityCollection::replace(const QJsonObject &document)
{
    insert(document);
}

bool ActivityCollection::remove(const QString &id)
{
    if (!m_documents.remove(id))
        return false;
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
    for (const QJsonValue &value : documents)
        insert(value.toObject());
}
