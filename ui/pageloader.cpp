#include "pageloader.h"

#include "activitytablemodel.h"

PageLoader::PageLoader(ActivityTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(model, &ActivityTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            pageDone();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_pages = 0; });
}

void PageLoader::keepLoading()
{
    m_keep = true;
}

void PageLoader::start()
{
    keepLoading();
    if (!m_model->isLoading() && m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

bool PageLoader::isLoading() const
{
    return m_model->isLoading() || (m_keep && m_pages < maxPages && m_model->canFetchMore({}));
}

void PageLoader::pageDone()
{
    // Not into a failure loop: after a failed page, F5 tries again.
    if (!m_keep || m_pages >= maxPages || m_model->lastFetchFailed() || !m_model->canFetchMore({}))
        return;
    ++m_pages;
    m_model->fetchMore({});
}
