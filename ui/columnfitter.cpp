#include "columnfitter.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QStyle>

#include <algorithm>

ColumnFitter::ColumnFitter(QHeaderView *header, int readColumn, const QList<Column> &columns)
    : QObject(header)
    , m_header(header)
    , m_readColumn(readColumn)
    , m_columns(columns)
{
    header->setSectionResizeMode(readColumn, QHeaderView::Stretch);
    header->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (!m_fitting && section != m_readColumn)
            m_repSized.insert(section);
    });
    fit();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_header && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fit();
    return false;
}

int ColumnFitter::titleWidth(int section) const
{
    // The title, the header's margins and room for the sort arrow.
    const QString title = m_header->model()
        ? m_header->model()->headerData(section, m_header->orientation()).toString()
        : QString();
    const int margin = m_header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_header);
    const int arrow = m_header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, m_header);
    return m_header->fontMetrics().horizontalAdvance(title) + 4 * margin + arrow;
}

void ColumnFitter::fit()
{
    if (m_header->width() <= 0)
        return;
    // The room the fitted columns may take: the list less a third for the message and what the
    // rep sized. Columns that reach their titles' width keep that; the others share the rest.
    int room = m_header->width() - m_header->width() / 3;
    QList<Column> fitted;
    for (const Column &column : std::as_const(m_columns)) {
        if (m_header->isSectionHidden(column.section))
            continue;
        if (m_repSized.contains(column.section))
            room -= m_header->sectionSize(column.section);
        else
            fitted.append(column);
    }
    QHash<int, int> widths;
    for (qsizetype pass = 0; pass <= fitted.size(); ++pass) {
        int wanted = 0;
        int floored = 0;
        for (const Column &column : std::as_const(fitted)) {
            if (widths.contains(column.section))
                floored += widths.value(column.section);
            else
                wanted += column.preferredWidth;
        }
        const int left = std::max(room - floored, 0);
        const double share = wanted > left ? double(left) / wanted : 1.0;
        bool settled = true;
        for (const Column &column : std::as_const(fitted)) {
            if (widths.contains(column.section))
                continue;
            const int floor = std::min(column.preferredWidth, titleWidth(column.section));
            if (int(column.preferredWidth * share) < floor) {
                widths.insert(column.section, floor); // then share again without it
                settled = false;
            }
        }
        if (!settled)
            continue;
        for (const Column &column : std::as_const(fitted))
            if (!widths.contains(column.section))
                widths.insert(column.section, int(column.preferredWidth * share));
        break;
    }
    m_fitting = true;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        if (m_header->sectionSize(it.key()) != it.value())
            m_header->resizeSection(it.key(), it.value());
    m_fitting = false;
}
