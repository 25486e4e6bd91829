#pragma once

#include <QSyntaxHighlighter>

//! Marks the characters that push an SMS from GSM-7 to UCS-2 (and so from 160 to 70
//! characters a segment), so the rep sees what to replace.
class Ucs2Highlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit Ucs2Highlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};
