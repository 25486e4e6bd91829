#include "pageloader.h"

#include "activitytablemodel.h"

#include <algorithm>

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
            m_model->sync()->setReadAhead(pagesAhead());
    });
}

void PageLoader::keepLoading()
{
    m_keep = true;
    m_model->sync()->setReadAhead(pagesAhead());
}

void PageLoader::start()
{
    keepLoading();
    if (!m_model->isLoading() && m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void PageLoader::loadNext()
{
    if (m_model->isLoading() || !mayLoadMore()) {
        if (m_pages >= maxPages && !m_model->isLoading() && !m_model->lastFetchFailed()
            && m_model->canFetchMore({}))
            m_model->sync()->stopListing(
                tr("Close said there was more after %L1 pages (%Ln messages); Draftbox stopped "
                   "listing there.",
                   nullptr, m_model->rowCount())
                    .arg(maxPages));
        return;
    }
    ++m_pages;
    m_model->fetchMore({}); // takes the first page ahead, if it was asked for
    m_model->sync()->setReadAhead(pagesAhead());
}

bool PageLoader::isLoading() const
{
    return m_model->isLoading() || (m_keep && mayLoadMore());
}

int PageLoader::pagesAhead() const
{
    // None ahead of the last page this policy will ask for.
    return std::clamp(maxPages - m_pages, 0, readAhead);
}

bool PageLoader::mayLoadMore() const
{
    // Not into a failure loop: after a failed page, F5 tries again.
    return m_pages < maxPages && !m_model->lastFetchFailed() && m_model->canFetchMore({});
}
