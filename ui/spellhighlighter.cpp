#include "spellhighlighter.h"

#include "appearance.h"

#include <QActionGroup>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTextBlock>
#include <QTextCursor>
#include <QThread>
#include <QTimer>

namespace {

const QString settingsKey = QStringLiteral("spelling/language");

//! A block's misspelt words, in block coordinates, and the text they were found in (its
//! length and hash): once the block is edited they are stale until the next check.
class SpellMarks : public QTextBlockUserData
{
public:
    QList<SpellChecker::Range> ranges;
    int length = 0;
    size_t hash = 0;
};

//! Every highlighter, for a choice made in one editor to apply in all (main thread only).
QList<SpellHighlighter *> &instances()
{
    static QList<SpellHighlighter *> all;
    return all;
}

QString languageName(const QString &language)
{
    if (language == u"en_US")
        return SpellHighlighter::tr("English (US)");
    if (language == u"de_DE")
        return QStringLiteral("Deutsch");
    if (language == u"fr")
        return QStringLiteral("Français");
    return language;
}

} // namespace

const QString SpellHighlighter::automatic = QStringLiteral("auto");
const QString SpellHighlighter::off = QStringLiteral("off");

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker *checker)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
    , m_debounce(new QTimer(this))
    , m_applyTimer(new QTimer(this))
    , m_choice(QSettings().value(settingsKey, automatic).toString())
{
    m_thread->setObjectName(QStringLiteral("spell check"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &SpellHighlighter::startCheck);
    m_applyTimer->setInterval(0);
    connect(m_applyTimer, &QTimer::timeout, this, &SpellHighlighter::applySome);
    connect(document, &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (!m_applying && (removed || added))
            scheduleCheck();
    });
    instances() << this;
    scheduleCheck();
}

SpellHighlighter::~SpellHighlighter()
{
    // ~QSyntaxHighlighter() takes its formats out of the document, which tells of a change:
    // this part of the object is gone by then, so it must not hear it.
    if (QTextDocument *text = document())
        disconnect(text, nullptr, this, nullptr);
    instances().removeOne(this);
    if (m_stop)
        *m_stop = true;
    m_thread->quit();
    m_thread->wait();
}

void SpellHighlighter::setChoice(const QString &choice)
{
    if (choice == m_choice)
        return;
    QSettings().setValue(settingsKey, choice);
    for (SpellHighlighter *h : std::as_const(instances())) {
        if (h->m_choice != choice) {
            h->m_choice = choice;
            h->scheduleCheck();
        }
    }
}

void SpellHighlighter::setRecipientRegion(const QString &regionIso)
{
    if (regionIso == m_region)
        return;
    const QString before = language();
    m_region = regionIso;
    if (language() != before)
        scheduleCheck();
}

QString SpellHighlighter::language() const
{
    if (m_choice == off)
        return QString();
    const QString wanted
        = m_choice == automatic ? SpellChecker::languageForRegion(m_region) : m_choice;
    return m_checker->usableLanguage(wanted);
}

bool SpellHighlighter::isChecking() const
{
    return m_pending || m_inFlight || m_applyTimer->isActive();
}

void SpellHighlighter::scheduleCheck()
{
    ++m_revision;
    if (m_stop)
        *m_stop = true; // what is being checked is already out of date
    m_pending = true;
    m_applyTimer->stop(); // what it was putting in is out of date
    m_debounce->start();
}

void SpellHighlighter::startCheck()
{
    m_debounce->stop();
    m_pending = false;
    const int revision = m_revision;
    const QString lang = language();
    if (lang.isEmpty() || document()->characterCount() > longestChecked) {
        apply(revision, {});
        return;
    }
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_inFlight = true;
    QMetaObject::invokeMethod(
        m_worker,
        [this, checker = m_checker, stop = m_stop, lang, revision,
         text = document()->toPlainText()] {
            const QList<SpellChecker::Range> ranges = checker->misspelt(lang, text, stop.get());
            if (*stop)
                return;
            // `this` outlives the thread: its destructor stops it and waits.
            QMetaObject::invokeMethod(this, [this, revision, ranges] { apply(revision, ranges); });
        },
        Qt::QueuedConnection);
}

void SpellHighlighter::apply(int revision, const QList<SpellChecker::Range> &ranges)
{
    if (revision != m_revision)
        return; // the text changed since: its own check is coming
    m_inFlight = false;
    m_results = ranges;
    m_nextResult = 0;
    m_nextBlock = 0;
    applySome();
}

void SpellHighlighter::applySome()
{
    constexpr int blocksATurn = 200;
    m_applying = true;
    QTextBlock block = document()->findBlockByNumber(m_nextBlock);
    for (int n = 0; block.isValid() && n < blocksATurn; block = block.next(), ++n) {
        const int start = block.position();
        const int end = start + block.length();
        QList<SpellChecker::Range> inBlock;
        for (; m_nextResult < m_results.size() && m_results.at(m_nextResult).start < end;
             ++m_nextResult) {
            const SpellChecker::Range &r = m_results.at(m_nextResult);
            inBlock << SpellChecker::Range {r.start - start, r.length};
        }
        auto *marks = static_cast<SpellMarks *>(block.userData());
        const QString text = block.text();
        if (!marks && inBlock.isEmpty())
            continue;
        if (marks && marks->ranges == inBlock && marks->length == text.size())
            continue;
        if (!marks) {
            marks = new SpellMarks;
            block.setUserData(marks);
        }
        marks->ranges = inBlock;
        marks->length = int(text.size());
        marks->hash = qHash(text);
        rehighlightBlock(block);
    }
    m_applying = false;
    if (block.isValid()) {
        m_nextBlock = block.blockNumber();
        m_applyTimer->start();
        return;
    }
    m_applyTimer->stop();
    m_results.clear();
    emit checked();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    const auto *marks = static_cast<const SpellMarks *>(currentBlockUserData());
    if (!marks || marks->length != text.size() || marks->hash != qHash(text))
        return;
    const QColor colour = Appearance::errorColor();
    for (const SpellChecker::Range &r : marks->ranges) {
        for (int i = r.start; i < r.start + r.length && i < text.size(); ++i) {
            QTextCharFormat f = format(i);
            f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            f.setUnderlineColor(colour);
            setFormat(i, 1, f);
        }
    }
}

SpellChecker::Range SpellHighlighter::misspeltAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    const auto *marks = static_cast<const SpellMarks *>(block.userData());
    if (!block.isValid() || !marks || marks->length != block.text().size())
        return {};
    const int inBlock = position - block.position();
    for (const SpellChecker::Range &r : marks->ranges) {
        if (inBlock >= r.start && inBlock <= r.start + r.length)
            return {block.position() + r.start, r.length};
    }
    return {};
}

QMenu *SpellHighlighter::createContextMenu(QPlainTextEdit *edit, const QPoint &pos)
{
    QMenu *menu = edit->createStandardContextMenu(edit->viewport()->mapToGlobal(pos));
    QAction *first = menu->actions().value(0);
    const QString lang = language();
    const SpellChecker::Range word = misspeltAt(edit->cursorForPosition(pos).position());
    if (word.length > 0 && !lang.isEmpty() && !edit->isReadOnly()) {
        const QString text = document()->toPlainText().mid(word.start, word.length);
        const QStringList suggestions = m_checker->suggestions(lang, text);
        for (const QString &suggestion : suggestions) {
            auto *action = new QAction(suggestion, menu);
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
            connect(action, &QAction::triggered, this, [this, edit, word, suggestion] {
                QTextCursor cursor(document());
                cursor.setPosition(word.start);
                cursor.setPosition(word.start + word.length, QTextCursor::KeepAnchor);
                cursor.insertText(suggestion); // one step to undo
                edit->setTextCursor(cursor);
            });
            menu->insertAction(first, action);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        auto *add = new QAction(tr("Add “%1” to Dictionary").arg(text), menu);
        add->setObjectName(QStringLiteral("addToDictionary"));
        connect(add, &QAction::triggered, this, [this, text] {
            m_checker->addWord(text);
            scheduleCheck();
            startCheck(); // the rep expects the underline gone now, not after a pause
        });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
    }

    auto *languages = new QMenu(tr("Spelling &Language"), menu);
    languages->setObjectName(QStringLiteral("spellingLanguage"));
    auto *group = new QActionGroup(languages);
    const QString automaticLanguage
        = m_checker->usableLanguage(SpellChecker::languageForRegion(m_region));
    const auto addChoice = [&](const QString &choice, const QString &name, bool enabled) {
        QAction *action = languages->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_choice == choice);
        action->setEnabled(enabled);
        action->setData(choice);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            setChoice(choice);
            startCheck();
        });
    };
    addChoice(automatic,
              automaticLanguage.isEmpty() ? tr("Automatic (no dictionary installed)")
                                          : tr("Automatic (%1, from the recipient's country)")
                                                .arg(languageName(automaticLanguage)),
              !automaticLanguage.isEmpty());
    for (const QString &l : SpellChecker::supportedLanguages())
        addChoice(l, languageName(l), m_checker->isInstalled(l));
    languages->addSeparator();
    addChoice(off, tr("Off"), true);
    menu->insertMenu(first, languages);
    menu->insertSeparator(first);
    return menu;
}
