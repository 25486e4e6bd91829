#include "listpane.h"

#include "appearance.h"
#include "flowlayout.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

ListPane::ListPane(QAbstractItemView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_search(new QLineEdit(this))
    , m_filterRow(new QHBoxLayout)
    , m_chipRows(new FlowLayout)
    , m_searchRow(new QHBoxLayout)
    , m_layout(new QVBoxLayout(this))
{
    m_search->setPlaceholderText(tr("Search messages and numbers (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ListPane::filtersChanged);

    // The chips wrap onto a second row rather than keep the window wider than a small screen.
    auto *chips = new QWidget(this);
    chips->setLayout(m_chipRows);
    m_chipRows->setContentsMargins(0, 0, 0, 0);
    m_chipRows->setSpacing(4);
    m_filterRow->addWidget(chips, 1);
    // A chip that is on is filled with the selection's colour: the style's sunken look hardly
    // showed in dark mode. Every state has the same box, so a chip never changes size.
    Appearance::keepStyled(chips, [] {
        const QPalette p = QApplication::palette();
        return QStringLiteral("QToolButton { background: %1; color: %2; border: 1px solid %3;"
                              " border-radius: 3px; padding: 2px 7px; }"
                              "QToolButton:hover { border-color: %4; }"
                              "QToolButton:focus { border: 2px solid %4; padding: 1px 6px; }"
                              "QToolButton:checked { background: %4; color: %5; border-color: %4; }"
                              "QToolButton:checked:focus { border-color: %2; }")
            .arg(p.color(QPalette::Button).name(), p.color(QPalette::ButtonText).name(),
                 p.color(QPalette::Mid).name(), p.color(QPalette::Highlight).name(),
                 p.color(QPalette::HighlightedText).name());
    });
    m_searchRow->addWidget(m_search, 1);
    m_layout->setContentsMargins(6, 6, 0, 6);
    m_layout->addLayout(m_filterRow);
    m_layout->addLayout(m_searchRow);
    m_layout->addWidget(m_view, 1);
}

QToolButton *ListPane::addChip(const QString &title, const QString &toolTip)
{
    auto *chip = new QToolButton(this);
    chip->setCheckable(true);
    chip->setText(title);
    chip->setAccessibleName(title);
    chip->setToolTip(toolTip);
    connect(chip, &QToolButton::toggled, this, &ListPane::filtersChanged);
    m_chipRows->addWidget(chip);
    return chip;
}

void ListPane::addToFilterRow(QWidget *widget)
{
    m_filterRow->addWidget(widget, 0, Qt::AlignTop);
}

void ListPane::addBesideSearch(QWidget *widget)
{
    m_searchRow->addWidget(widget);
    // Search, then what else narrows the list, then the list it narrows.
    setTabOrder(m_search, widget);
    setTabOrder(widget, m_view);
}

void ListPane::addAboveList(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_view), widget);
}

void ListPane::addBelowList(QWidget *widget)
{
    m_layout->addWidget(widget);
    if (!m_firstBelow)
        m_firstBelow = widget;
}

void ListPane::addView(QAbstractItemView *view)
{
    view->setParent(this);
    view->hide();
    m_layout->insertWidget(m_layout->indexOf(m_view) + 1, view, 1);
}

void ListPane::showView(QAbstractItemView *view)
{
    if (view == m_view)
        return;
    const bool focused = m_view->hasFocus();
    m_view->hide();
    m_view = view;
    m_view->show();
    if (focused)
        m_view->setFocus();
}

void ListPane::addNoMatchNote(const QString &clearToolTip)
{
    m_noMatch = new QWidget(this);
    m_noMatch->setObjectName(QStringLiteral("noMatchNote"));
    m_noMatchText = new QLabel(m_noMatch);
    m_noMatchText->setTextFormat(Qt::PlainText); // it quotes the search
    m_noMatchText->setObjectName(QStringLiteral("noMatchText"));
    m_noMatchText->setAlignment(Qt::AlignCenter);
    m_noMatchText->setWordWrap(true);
    auto *clear = new QPushButton(tr("Clear search"), m_noMatch);
    clear->setObjectName(QStringLiteral("clearSearchButton"));
    clear->setToolTip(clearToolTip);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_search->setFocus();
    });
    auto *layout = new QVBoxLayout(m_noMatch);
    layout->addStretch(1);
    layout->addWidget(m_noMatchText);
    layout->addWidget(clear, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_noMatch->hide();
    // Where the list would be: above what sits under the list (the bulk bar, the reply box).
    m_layout->insertWidget(m_firstBelow ? m_layout->indexOf(m_firstBelow) : -1, m_noMatch, 1);
}

void ListPane::showNoMatch(const QString &text, bool keepList)
{
    if (!m_noMatch)
        return;
    const bool none = !text.isEmpty();
    if (none)
        m_noMatchText->setText(text);
    m_noMatch->setVisible(none);
    m_view->setVisible(!none || keepList);
}

void ListPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}
