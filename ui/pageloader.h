#pragma once

#include <QObject>

class ActivityTableModel;

//! Loads every page of an activity model, one after another, once started: the lists, counts
//! and filters cover every activity. The one place in ui/ that asks for the next page (both
//! workspaces use it). It stops at a failed page (F5 tries again) and after maxPages pages since
//! the model was last emptied, so a server that always says "more" cannot keep it going.
class PageLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxPages = 1000;

    explicit PageLoader(ActivityTableModel *model, QObject *parent = nullptr);

    //! From now on, asks for the next page each time one arrives.
    void keepLoading();
    //! keepLoading(), and asks for the first page if nothing is loaded or loading yet.
    void start();
    //! A page is on its way or will be asked for: the counts are not final.
    bool isLoading() const;

private:
    void pageDone();

    ActivityTableModel *m_model;
    int m_pages = 0; //!< pages asked for since the model was last emptied
    bool m_keep = false;
};
