#pragma once

#include <QWidget>

class FlowLayout;
class QAbstractItemView;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

//! The left side of a workspace: a row of filter chips, the search field (and what narrows the
//! list beside it), the list itself and, where the workspace asks for it, a note that shows
//! instead of the list when the search finds nothing. The workspace decides what the filters
//! mean; the pane lays them out and says when they changed.
class ListPane : public QWidget
{
    Q_OBJECT

public:
    //! Lays out `view` (the pane takes it) under the filter row and the search field.
    explicit ListPane(QAbstractItemView *view, QWidget *parent = nullptr);

    QLineEdit *search() const { return m_search; }
    QAbstractItemView *view() const { return m_view; }

    //! A checkable chip at the end of the chips, named `title` for screen readers.
    QToolButton *addChip(const QString &title, const QString &toolTip);
    //! `widget` at the right end of the filter row (a count, say).
    void addToFilterRow(QWidget *widget);
    //! `widget` beside the search field, reached by Tab after it and before the list.
    void addBesideSearch(QWidget *widget);
    //! `widget` between the filters and the list (a bar about the selection).
    void addAboveList(QWidget *widget);
    //! `widget` under the list (a box to reply in).
    void addBelowList(QWidget *widget);
    //! Another way to show the list (the pane takes it), in the same place, hidden until
    //! showView() picks it.
    void addView(QAbstractItemView *view);
    //! Shows `view` (the first or one added) in place of the one shown.
    void showView(QAbstractItemView *view);
    //! Gives the pane its no-match note, whose Clear search button has `clearToolTip`.
    void addNoMatchNote(const QString &clearToolTip);
    //! Shows the note saying `text` (empty: hides it); the list stays beside it if `keepList`
    //! (rows that are held though they do not match).
    void showNoMatch(const QString &text, bool keepList);
    //! The search field takes the focus with its text selected (Ctrl+F).
    void focusSearch();

signals:
    //! A chip was toggled or the search text changed.
    void filtersChanged();

private:
    QAbstractItemView *m_view;
    QLineEdit *m_search;
    QHBoxLayout *m_filterRow; //!< the chips, then what addToFilterRow() adds
    FlowLayout *m_chipRows;
    QHBoxLayout *m_searchRow;
    QVBoxLayout *m_layout;
    QWidget *m_noMatch = nullptr;
    QWidget *m_firstBelow = nullptr; //!< the first widget added below the list
    QLabel *m_noMatchText = nullptr;
};
