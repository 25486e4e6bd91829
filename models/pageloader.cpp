#include "pageloader.h"

#include "activitytablemodel.h"

PageLoader *PageLoader::of(ActivityTableModel *model)
{
    if (auto *loader = model->findChild<PageLoader *>(QString(), Qt::FindDirectChildrenOnly))
        return loader;
    return new PageLoader(model);
}

PageLoader::PageLoader(ActivityTableModel *model)
    : QObject(model)
    , m_model(model)
{
    connect(model, &ActivityTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading && m_keep)
            loadNext();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_pages = 0;
        if (m_keep)
            m_model->sync()->setReadAhead(true);
    });
}

void PageLoader::keepLoading()
{
    m_keep = true;
    m_model->sync()->setReadAhead(m_pages < maxPages);
}

void PageLoader::start()
{
    keepLoading();
    if (!m_model->isLoading() && m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void PageLoader::loadNext()
{
    if (m_model->isLoading() || !mayLoadMore())
        return;
    ++m_pages;
    // No page ahead of the last one this policy will ask for.
    m_model->sync()->setReadAhead(m_pages < maxPages);
    m_model->fetchMore({});
}

bool PageLoader::isLoading() const
{
    return m_model->isLoading() || (m_keep && mayLoadMore());
}

bool PageLoader::mayLoadMore() const
{
    // Not into a failure loop: after a failed page, F5 tries again.
    return m_pages < maxPages && !m_model->lastFetchFailed() && m_model->canFetchMore({});
}
