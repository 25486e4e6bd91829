#pragma once

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

//! Paints the SMS list's rows with the palette in use: by their severity (SeverityRole), a row
//! that needs the rep (a draft) in bold, one that went wrong (a failed SMS) in bold and a red
//! that reads on that palette's background; those kept only because the rep is working on them
//! (they no longer match the filter) in italics and the palette's placeholder colour, so they
//! read as leaving; and, while the list has the keyboard, a frame around the current row, so
//! the rep sees where the arrow keys are.
//!
//! A cell's text is elided and laid out once and kept (QStaticText): the list repaints while
//! pages arrive, and shaping each visible message again (colour emoji included) was most of
//! what a paint cost.
class KeptRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    //! The text colour of a failure on `palette`: red, moved toward the palette's text colour
    //! as far as it takes to read on its Base and AlternateBase (at least 4.5:1, as WCAG asks
    //! of body text). A dark red on a light palette, a light red on a dark one.
    static QColor failureColor(const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    //! Paints the cell as the style does, its text from the cache; false if the cell is not
    //! one line of plain text alone (the style paints it then).
    bool paintCached(QPainter *painter, QStyleOptionViewItem &option) const;
    const QStaticText &laidOut(const QStyleOptionViewItem &option, int width) const;

    struct TextKey
    {
        QString text;
        QString font;
        int width = 0;
        int elide = 0;
        bool operator==(const TextKey &other) const
        {
            return width == other.width && elide == other.elide && text == other.text
                && font == other.font;
        }
    };
    friend size_t qHash(const TextKey &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.text, key.font, key.width, key.elide);
    }

    mutable QCache<TextKey, QStaticText> m_texts {2048};
    mutable QFont m_lastFont;
    mutable QString m_lastFontKey;
};
