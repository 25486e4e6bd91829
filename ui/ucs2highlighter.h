#pragma once

#include "spellhighlighter.h"

//! Marks the characters that push an SMS from GSM-7 to UCS-2 (and so from 160 to 70
//! characters a segment), so the rep sees what to replace; misspelt words are underlined over
//! that (SpellHighlighter).
class Ucs2Highlighter : public SpellHighlighter
{
    Q_OBJECT

public:
    explicit Ucs2Highlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};
