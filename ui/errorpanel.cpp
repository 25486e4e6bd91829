#include "errorpanel.h"

#include "appearance.h"
#include "errorlogmodel.h"
#include "formsupport.h"
#include "paintpacer.h"
#include "problemdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

ErrorPanel::ErrorPanel(ErrorLogModel *log, QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_log(log)
    , m_view(new QTableView(this))
    , m_empty(new QLabel(tr("Nothing went wrong. Failures will be listed here, with what to do."),
                         this))
    , m_wait(new QLabel(this))
    , m_waitTimer(new QTimer(this))
    , m_refit(new QTimer(this))
{
    FormSupport::showPlainText({m_wait});
    setObjectName(QStringLiteral("errorPanel"));
    m_view->setModel(log);
    m_view->setItemDelegate(new ProblemDelegate(m_view));
    // A page of failed SMS comes in as many entries, each laid out wrapped, and each page's
    // names rename them: aside from the list the rep reads, the panel shows them twice a
    // second while they come (painting it at every page was a third of loading 100,000 SMS).
    new PaintPacer(m_view, 500, 500);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Problems"));
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setToolTip(tr("Double-click or press Enter to open the activity"));
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ErrorLogModel::WhatColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ErrorLogModel::AdviceColumn,
                                                     QHeaderView::Stretch);
    // Wide enough for the longest time shown (a date and a time); measuring every row's time
    // instead, on every insert, was a quarter of the start-up.
    const QString widest = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)),
                                              QLocale::ShortFormat);
    m_view->setColumnWidth(ErrorLogModel::TimeColumn,
                           m_view->fontMetrics().horizontalAdvance(widest) + 16);
    m_view->setColumnWidth(ErrorLogModel::OperationColumn, 130);
    m_view->setColumnWidth(ErrorLogModel::ActivityColumn, 150);
    m_empty->setAlignment(Qt::AlignCenter);
    m_wait->setObjectName(QStringLiteral("rateLimitWait"));
    m_wait->setWordWrap(true);
    Appearance::styleNotice(m_wait, QStringLiteral("QLabel"));
    m_wait->setAccessibleName(tr("Rate limit"));
    m_wait->hide();
    m_waitTimer->setInterval(250);
    connect(m_waitTimer, &QTimer::timeout, this, &ErrorPanel::updateWait);
    connect(log, &ErrorLogModel::rateLimitChanged, this, &ErrorPanel::updateWait);

    auto *copy = new QPushButton(tr("Copy"), this);
    auto *clear = new QPushButton(tr("Clear"), this);
    copy->setToolTip(tr("Copy the selected problem (or all) to paste into a message"));
    connect(copy, &QPushButton::clicked, this, &ErrorPanel::copy);
    connect(clear, &QPushButton::clicked, log, &ErrorLogModel::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(clear);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_wait);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(log, &QAbstractItemModel::rowsInserted, this, &ErrorPanel::updateTitle);
    connect(log, &QAbstractItemModel::rowsRemoved, this, &ErrorPanel::updateTitle);
    connect(log, &QAbstractItemModel::modelReset, this, &ErrorPanel::updateTitle);
    connect(log, &ErrorLogModel::entriesChanged, this, &ErrorPanel::updateTitle);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(ErrorLogModel::ActivityIdRole).toString();
        if (!id.isEmpty())
            emit activityOpened(id);
    });
    // Only the new rows are measured: wrapped text is costly to lay out, and a page of failed
    // SMS arrives as many inserts at once.
    connect(log, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { fitRows(first, last); });
    m_refit->setSingleShot(true);
    connect(m_refit, &QTimer::timeout, this, [this] { fitRows(0, m_log->rowCount() - 1); });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == ErrorLogModel::WhatColumn || column == ErrorLogModel::AdviceColumn)
            m_refit->start();
    });
    updateTitle();
    updateWait();
}

void ErrorPanel::copy()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_log->rowCount(); ++row)
            rows << row;
    }
    QStringList entries;
    for (const int row : std::as_const(rows))
        entries << m_log->copyText(row);
    QGuiApplication::clipboard()->setText(entries.join(QStringLiteral("\n\n")));
    m_log->copied(rows); // the edits the journal kept for the rep are on the clipboard now
}

void ErrorPanel::updateTitle()
{
    const int count = m_log->rowCount();
    // What still needs the rep; resolved entries stay listed, greyed, without counting.
    const int open = m_log->openCount();
    setWindowTitle(open == 0 ? tr("Problems") : tr("Problems (%1)").arg(open));
    m_empty->setVisible(count == 0);
    m_view->setVisible(count > 0);
}

void ErrorPanel::updateWait()
{
    const QDateTime until = m_log->rateLimitedUntil();
    const qint64 ms = until.isValid() ? QDateTime::currentDateTime().msecsTo(until) : 0;
    if (ms <= 0) {
        m_waitTimer->stop();
        m_wait->hide();
        if (until.isValid())
            m_log->setRateLimitedUntil({});
        return;
    }
    const qint64 seconds = (ms + 999) / 1000;
    m_wait->setText(tr("Close is limiting how fast Draftbox may send requests. Waiting %1 s; "
                       "what is queued goes out by itself and nothing you typed is lost.")
                        .arg(seconds));
    m_wait->show();
    if (!m_waitTimer->isActive())
        m_waitTimer->start();
}

void ErrorPanel::fitRows(int first, int last)
{
    // Only the two wrapped columns decide the height; the others are one line.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const int oneLine = metrics.height() + margin + 4;
    const int twoLines = oneLine + metrics.lineSpacing();
    if (metrics.height() != m_measuredLine) {
        m_heights.clear();
        m_measuredLine = metrics.height();
    }
    for (int row = first; row <= last; ++row) {
        int height = oneLine;
        for (int column : {int(ErrorLogModel::WhatColumn), int(ErrorLogModel::AdviceColumn)}) {
            const int width = m_view->columnWidth(column) - margin - 4;
            if (width <= 0)
                continue;
            // Most entries say the same as many others (each failed SMS of a page): each text
            // is laid out once for a width.
            const QString text = m_log->index(row, column).data().toString();
            auto known = m_heights.constFind({text, width});
            if (known == m_heights.cend()) {
                if (m_heights.size() > 4096)
                    m_heights.clear();
                known = m_heights.insert(
                    {text, width},
                    metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text)
                        .height());
            }
            height = std::max(height, *known + margin + 4);
        }
        m_view->setRowHeight(row, std::min(height, twoLines));
    }
}

QSize ErrorPanel::sizeHint() const
{
    constexpr int shownRows = 4;
    const QFontMetrics metrics = m_view->fontMetrics();
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const int row = metrics.height() + metrics.lineSpacing() + margin + 4;
    const int title = style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this);
    const auto *button = findChild<QPushButton *>();
    const int buttons = button ? button->sizeHint().height() : 2 * metrics.height();
    const int frame = 2 * m_view->frameWidth();
    const int height = title + m_view->horizontalHeader()->sizeHint().height() + shownRows * row
        + frame + buttons + 3 * 6 + 8;
    return {QDockWidget::sizeHint().width(), height};
}
