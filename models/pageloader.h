#pragma once

#include <QObject>

class ActivityTableModel;

//! The paging policy of an activity model, the one place that asks for its next page: once
//! started it loads every page, one after the other (with up to readAhead pages asked for
//! ahead, so Close answers while a page goes in), so the lists, counts and filters cover every
//! activity. It stops at a failed page (a refresh, F5, resumes it) and after maxPages pages since
//! the model was last emptied, so a server that always says "more" cannot keep it going.
//!
//! One per model, a child of it (as QScroller::scroller() is per widget): the workspaces, the
//! journal restore and the bench share its count.
class PageLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxPages = 1000;
    //! Pages asked for ahead of the one going in: enough that one is always read (on a
    //! worker) while the list takes in another.
    static constexpr int readAhead = 3;

    //! The model's loader, made on first ask.
    static PageLoader *of(ActivityTableModel *model);

    //! From now on, asks for the next page each time one arrives.
    void keepLoading();
    //! keepLoading(), and asks for the first page if nothing is loaded or loading yet.
    void start();
    //! Asks for the next page now if the policy allows it: none is on its way, the last one did
    //! not fail, Close has more and fewer than maxPages were asked for since the model was emptied.
    void loadNext();
    //! A page is on its way or will be asked for: the counts are not final.
    bool isLoading() const;
    //! Pages asked for since the model was last emptied.
    int pagesAsked() const { return m_pages; }

private:
    explicit PageLoader(ActivityTableModel *model);
    bool mayLoadMore() const;
    int pagesAhead() const;

    ActivityTableModel *m_model;
    int m_pages = 0;
    bool m_keep = false;
};
