#pragma once

#include "spellchecker.h"

#include <QSyntaxHighlighter>

#include <atomic>
#include <memory>

class QMenu;
class QPlainTextEdit;
class QThread;
class QTimer;

//! Underlines the misspelt words of an editor's document. The words are checked on a worker
//! thread (a long text never holds up typing) from the whole text, debounced; an answer for a
//! text since changed is dropped. A subclass that highlights more calls highlightBlock() of
//! this one after its own formats: the underline is added to them (two highlighters on one
//! document would not combine).
//!
//! The language is the rep's choice, remembered in QSettings, or Automatic: from the
//! recipient's country (SpellChecker::languageForRegion), falling back to English when that
//! dictionary is not installed; none installed means no checking.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    //! The choices of the Spelling language menu: "auto", "off", or a language ("de_DE").
    //! Longer texts are not checked: an SMS is at most a thousand characters, and the whole
    //! text goes to the worker at each pause in typing.
    static constexpr int longestChecked = 1'000'000;
    static const QString automatic;
    static const QString off;

    explicit SpellHighlighter(QTextDocument *document,
                              SpellChecker *checker = SpellChecker::shared());
    ~SpellHighlighter() override;

    QString choice() const { return m_choice; }
    //! Sets and remembers the rep's choice, for every editor (open now or later).
    void setChoice(const QString &choice);
    //! The recipient's country ("DE"), for Automatic.
    void setRecipientRegion(const QString &regionIso);
    //! The language checked now; empty when off or no dictionary is installed.
    QString language() const;

    //! The misspelt word at `position` in the document: its start and length (0 if none).
    SpellChecker::Range misspeltAt(int position) const;
    //! The editor's standard context menu with, at the top, up to five suggestions for the
    //! misspelt word under `pos` (viewport coordinates), Add to dictionary, and the Spelling
    //! language submenu. The caller owns it.
    QMenu *createContextMenu(QPlainTextEdit *edit, const QPoint &pos);

    //! True from a change of the text until its check has come back.
    bool isChecking() const;

signals:
    //! The marks of the current text are in (and painted).
    void checked();

protected:
    void highlightBlock(const QString &text) override;

private:
    void scheduleCheck();
    void startCheck();
    void apply(int revision, const QList<SpellChecker::Range> &ranges);
    void applySome();

    SpellChecker *m_checker;
    QThread *m_thread;
    QObject *m_worker; //!< lives in m_thread: what runs there runs in its context
    QTimer *m_debounce;
    QTimer *m_applyTimer; //!< marks go in a few hundred blocks at a time: a long text stays live
    QList<SpellChecker::Range> m_results;
    qsizetype m_nextResult = 0;
    int m_nextBlock = 0;
    QString m_choice;
    QString m_region;
    int m_revision = 0;
    bool m_pending = false;
    bool m_inFlight = false;
    bool m_applying = false;
    std::shared_ptr<std::atomic_bool> m_stop;
};
