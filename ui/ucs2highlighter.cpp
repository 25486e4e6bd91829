#include "ucs2highlighter.h"

#include "smssegments.h"

#include <QPalette>
#include <QTextCharFormat>

Ucs2Highlighter::Ucs2Highlighter(QTextDocument *document)
    : SpellHighlighter(document)
{ }

void Ucs2Highlighter::highlightBlock(const QString &text)
{
    QTextCharFormat format;
    format.setBackground(QColor(255, 214, 102));
    format.setForeground(QColor(Qt::black));
    format.setToolTip(tr("This character makes the SMS use UCS-2: 70 characters a segment "
                         "instead of 160."));
    for (int i = 0; i < text.size(); ++i) {
        if (!SmsSegments::isGsm7(text.at(i)))
            setFormat(i, 1, format);
    }
    SpellHighlighter::highlightBlock(text);
}
