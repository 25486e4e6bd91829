#include "keptrowdelegate.h"

#include "activityfilterproxy.h"
#include "activitytablemodel.h"
#include "smsstatus.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTableView>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

// WCAG 2's relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto linear = [](float c) {
        return c <= 0.03928f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
        + 0.0722 * linear(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &from, const QColor &to, double t)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QColor KeptRowDelegate::failureColor(const QPalette &palette)
{
    const QColor red(0xd9, 0x30, 0x25);
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor alternate = palette.color(QPalette::AlternateBase);
    constexpr int steps = 20;
    for (int step = 0; step <= steps; ++step) {
        const QColor colour = mix(red, text, double(step) / steps);
        if (contrast(colour, base) >= 4.5 && contrast(colour, alternate) >= 4.5)
            return colour;
    }
    return text;
}

void KeptRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant severity = index.data(ActivityTableModel::SeverityRole);
    if (severity.isValid() && severity.toInt() != int(Severity::Normal)) {
        option->font.setBold(true);
        option->fontMetrics = QFontMetrics(option->font);
    }
    if (severity.toInt() == int(Severity::Failure))
        option->palette.setColor(QPalette::Text, failureColor(option->palette));
    if (!index.data(ActivityFilterProxy::KeptRole).toBool())
        return;
    option->font.setItalic(true);
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

const QStaticText &KeptRowDelegate::laidOut(const QStyleOptionViewItem &option, int width) const
{
    if (!(option.font == m_lastFont) || m_lastFontKey.isEmpty()) {
        m_lastFont = option.font;
        m_lastFontKey = option.font.key();
    }
    TextKey key {option.text, m_lastFontKey, width, int(option.textElideMode)};
    if (QStaticText *kept = m_texts.object(key))
        return *kept;
    auto *text
        = new QStaticText(option.fontMetrics.elidedText(option.text, option.textElideMode, width));
    text->setTextFormat(Qt::PlainText);
    text->setPerformanceHint(QStaticText::AggressiveCaching);
    text->prepare(QTransform(), option.font);
    const QStaticText &result = *text;
    m_texts.insert(std::move(key), text);
    return result;
}

bool KeptRowDelegate::paintCached(QPainter *painter, QStyleOptionViewItem &option) const
{
    constexpr auto alone = QStyleOptionViewItem::HasCheckIndicator
        | QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
    if (option.text.isEmpty() || (option.features & alone)
        || option.text.contains(QLatin1Char('\n')) || option.text.contains(QLatin1Char('\t'))
        || !painter->transform().isIdentity())
        return false;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = std::exchange(option.text, QString());
    option.features &= ~QStyleOptionViewItem::HasDisplay;
    // The background, the selection and the focus, as the style paints them.
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);
    option.text = text;
    // Where QCommonStyle puts the text of a cell with nothing else in it.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = option.rect.adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return true;
    const QStaticText &laid = laidOut(option, area.width());
    const QSizeF size = laid.size();
    const Qt::Alignment align = QStyle::visualAlignment(option.direction, option.displayAlignment);
    qreal x = area.left();
    if (align & Qt::AlignRight)
        x = area.right() + 1 - size.width();
    else if (align & Qt::AlignHCenter)
        x = area.left() + (area.width() - size.width()) / 2;
    qreal y = area.top() + (area.height() - size.height()) / 2;
    if (align & Qt::AlignTop)
        y = area.top();
    else if (align & Qt::AlignBottom)
        y = area.bottom() + 1 - size.height();
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
        : !(option.state & QStyle::State_Active)                               ? QPalette::Inactive
                                                                               : QPalette::Normal;
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setClipRect(area, Qt::IntersectClip);
    painter->setFont(option.font);
    painter->setPen(
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(x, y), laid);
    painter->restore();
    return true;
}

void KeptRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (!paintCached(painter, cell))
        QStyledItemDelegate::paint(painter, option, index);
    const auto *view = qobject_cast<const QTableView *>(option.widget);
    if (!view || !view->hasFocus() || view->currentIndex().row() != index.row())
        return;
    // One frame around the whole row: each cell draws its part of it.
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor colour
        = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    const QHeaderView *header = view->horizontalHeader();
    int first = -1;
    int last = -1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        if (first < 0)
            first = logical;
        last = logical;
    }
    const QRect r = option.rect;
    constexpr int width = 2;
    painter->save();
    painter->fillRect(QRect(r.left(), r.top(), r.width(), width), colour);
    painter->fillRect(QRect(r.left(), r.bottom() - width + 1, r.width(), width), colour);
    if (index.column() == first)
        painter->fillRect(QRect(r.left(), r.top(), width, r.height()), colour);
    if (index.column() == last)
        painter->fillRect(QRect(r.right() - width + 1, r.top(), width, r.height()), colour);
    painter->restore();
}
