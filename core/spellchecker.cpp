#include "spellchecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBoundaryFinder>

#include <hunspell/hunspell.hxx>

Q_LOGGING_CATEGORY(lcSpell, "draftbox.spell")

namespace {

// What is not prose: links, e-mail addresses, template placeholders and the gaps a template
// left («contact.title»), WhatsApp's monospace (code). A word inside one is not checked.
const QRegularExpression &skippedSpans()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:https?://|www\.)\S+|\S+@\S+\.\S+|\{\{.*?\}\}|«[^»]*»|```[\s\S]*?```|`[^`\n]*`)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool hasDigitOrAllCaps(const QString &word)
{
    int letters = 0;
    int upper = 0;
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper())
                ++upper;
        }
    }
    return letters == 0 || (letters > 1 && upper == letters);
}

} // namespace

SpellChecker::SpellChecker(const QString &dictionaryDir, const QString &personalFile)
    : m_dictionaryDir(dictionaryDir)
    , m_personalFile(personalFile)
{ }

SpellChecker::~SpellChecker() = default;

SpellChecker *SpellChecker::shared()
{
    static SpellChecker checker(defaultDictionaryDir(), defaultPersonalFile());
    return &checker;
}

QString SpellChecker::defaultDictionaryDir()
{
    return QStringLiteral("/usr/share/hunspell");
}

QString SpellChecker::defaultPersonalFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/spelling/words.txt");
}

QStringList SpellChecker::supportedLanguages()
{
    return {QStringLiteral("en_US"), QStringLiteral("de_DE"), QStringLiteral("fr")};
}

QString SpellChecker::languageForRegion(const QString &regionIso)
{
    const QString region = regionIso.toUpper();
    if (region == u"DE" || region == u"AT" || region == u"LI")
        return QStringLiteral("de_DE");
    if (region == u"FR" || region == u"BE" || region == u"LU" || region == u"MC")
        return QStringLiteral("fr");
    return QStringLiteral("en_US");
}

bool SpellChecker::isInstalled(const QString &language) const
{
    if (language.isEmpty())
        return false;
    const QDir dir(m_dictionaryDir);
    return QFileInfo::exists(dir.filePath(language + QStringLiteral(".aff")))
        && QFileInfo::exists(dir.filePath(language + QStringLiteral(".dic")));
}

QString SpellChecker::usableLanguage(const QString &language) const
{
    if (isInstalled(language))
        return language;
    if (isInstalled(QStringLiteral("en_US")))
        return QStringLiteral("en_US");
    return QString();
}

Hunspell *SpellChecker::handle(const QString &language)
{
    if (!m_personalLoaded)
        loadPersonal();
    const std::string key = language.toStdString();
    const auto found = m_handles.find(key);
    if (found != m_handles.end())
        return found->second.get();
    if (!isInstalled(language)) {
        m_handles.emplace(key, nullptr); // asked once, not at every word
        return nullptr;
    }
    const QDir dir(m_dictionaryDir);
    const QByteArray aff = QFile::encodeName(dir.filePath(language + QStringLiteral(".aff")));
    const QByteArray dic = QFile::encodeName(dir.filePath(language + QStringLiteral(".dic")));
    auto h = std::make_unique<Hunspell>(aff.constData(), dic.constData());
    // Debian's dictionaries are all UTF-8; one that is not would read words wrongly.
    if (QByteArray(h->get_dict_encoding().c_str()).toUpper() != "UTF-8") {
        qCWarning(lcSpell) << "Not a UTF-8 dictionary, not used:" << language;
        h.reset();
    } else {
        for (const QString &word : std::as_const(m_personal))
            h->add(word.toStdString());
    }
    Hunspell *raw = h.get();
    m_handles.emplace(key, std::move(h));
    return raw;
}

void SpellChecker::loadPersonal()
{
    m_personalLoaded = true;
    QFile file(m_personalFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    while (!file.atEnd()) {
        const QString word = QString::fromUtf8(file.readLine()).trimmed();
        if (!word.isEmpty())
            m_personal.insert(word);
    }
}

bool SpellChecker::correct(Hunspell *h, const QString &word) const
{
    return m_personal.contains(word) || h->spell(word.toStdString());
}

bool SpellChecker::isCorrect(const QString &language, const QString &word)
{
    const QMutexLocker locker(&m_mutex);
    Hunspell *h = handle(language);
    return !h || correct(h, word);
}

QStringList SpellChecker::suggestions(const QString &language, const QString &word, int max)
{
    const QMutexLocker locker(&m_mutex);
    Hunspell *h = handle(language);
    QStringList result;
    if (!h)
        return result;
    for (const std::string &s : h->suggest(word.toStdString())) {
        if (result.size() >= max)
            break;
        result << QString::fromStdString(s);
    }
    return result;
}

bool SpellChecker::addWord(const QString &word)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty() || clean.contains(u'\n'))
        return false;
    const QMutexLocker locker(&m_mutex);
    if (!m_personalLoaded)
        loadPersonal();
    if (m_personal.contains(clean))
        return true;
    m_personal.insert(clean);
    for (const auto &[language, h] : m_handles) {
        if (h)
            h->add(clean.toStdString());
    }
    QDir().mkpath(QFileInfo(m_personalFile).absolutePath());
    QSaveFile file(m_personalFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QStringList words(m_personal.cbegin(), m_personal.cend());
    words.sort();
    for (const QString &w : std::as_const(words))
        file.write(w.toUtf8() + '\n');
    return file.commit();
}

QList<SpellChecker::Range> SpellChecker::misspelt(const QString &language, const QString &text,
                                                  const std::atomic_bool *stop)
{
    QList<Range> result;
    QList<Range> skipped;
    for (auto it = skippedSpans().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        skipped << Range {int(m.capturedStart()), int(m.capturedLength())};
    }
    qsizetype nextSkipped = 0;

    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    int checked = 0;
    for (qsizetype pos = finder.toNextBoundary(); pos >= 0; pos = finder.toNextBoundary()) {
        qsizetype wordStart = start;
        qsizetype wordEnd = pos;
        start = pos;
        // _italic_: the underscore joins words in Unicode's rules, not in WhatsApp's.
        while (wordStart < wordEnd && text.at(wordStart) == u'_')
            ++wordStart;
        while (wordEnd > wordStart && text.at(wordEnd - 1) == u'_')
            --wordEnd;
        if (wordStart == wordEnd || !text.at(wordStart).isLetter())
            continue; // spaces and punctuation between words
        while (nextSkipped < skipped.size()
               && skipped.at(nextSkipped).start + skipped.at(nextSkipped).length <= wordStart)
            ++nextSkipped;
        if (nextSkipped < skipped.size() && skipped.at(nextSkipped).start < wordEnd)
            continue;
        const QString word = text.mid(wordStart, wordEnd - wordStart);
        if (hasDigitOrAllCaps(word) || word.contains(u'_'))
            continue;
        if (stop && (++checked % 256) == 0 && stop->load())
            return result;
        const QMutexLocker locker(&m_mutex); // word by word: suggestions need not wait long
        Hunspell *h = handle(language);
        if (!h)
            return {};
        if (!correct(h, word))
            result << Range {int(wordStart), int(wordEnd - wordStart)};
    }
    return result;
}
