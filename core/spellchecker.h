#pragma once

#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <string>
#include <unordered_map>

class Hunspell;

//! Hunspell behind one lock: the dictionaries (loaded when a language is first asked for, once
//! per checker) and the rep's personal dictionary, one word per line, whose words count in
//! every language. Safe from any thread: a Hunspell handle is not, so every call takes the
//! lock; the editors check on a worker and ask for suggestions on the main thread.
class SpellChecker
{
public:
    //! A misspelt word: where it starts in the text checked, and its length.
    struct Range
    {
        int start = 0;
        int length = 0;
        friend bool operator==(const Range &a, const Range &b)
        {
            return a.start == b.start && a.length == b.length;
        }
    };

    //! `dictionaryDir` holds `<language>.aff` and `.dic`; `personalFile` the added words.
    SpellChecker(const QString &dictionaryDir, const QString &personalFile);
    ~SpellChecker();

    //! The process's checker: /usr/share/hunspell, and words.txt in the app's data folder.
    static SpellChecker *shared();
    static QString defaultDictionaryDir();
    static QString defaultPersonalFile();

    //! The languages Draftbox offers, in the order of its menu: en_US, de_DE, fr.
    static QStringList supportedLanguages();
    //! The language for a recipient in `regionIso` ("DE"): German for DE, AT, LI, French for
    //! FR, BE, LU, MC, English otherwise.
    static QString languageForRegion(const QString &regionIso);

    bool isInstalled(const QString &language) const;
    //! `language` if installed, else en_US if that is, else empty (no checking at all).
    QString usableLanguage(const QString &language) const;

    bool isCorrect(const QString &language, const QString &word);
    QStringList suggestions(const QString &language, const QString &word, int max = 5);
    //! Adds `word` to the personal dictionary, for every language, and keeps it on disk.
    bool addWord(const QString &word);

    //! The misspelt words of `text`. Skipped: links, e-mail addresses, {{placeholders}} and
    //! «gaps», numbers and words with digits, all-capitals words; WhatsApp's markers around
    //! a word (*bold* _italic_ ~struck~) are not part of it. `stop`, when given, is read
    //! between words and ends the check early when it turns true.
    QList<Range> misspelt(const QString &language, const QString &text,
                          const std::atomic_bool *stop = nullptr);

private:
    Hunspell *handle(const QString &language); // with m_mutex held
    bool correct(Hunspell *h, const QString &word) const;
    void loadPersonal();

    QString m_dictionaryDir;
    QString m_personalFile;
    QMutex m_mutex;
    std::unordered_map<std::string, std::unique_ptr<Hunspell>> m_handles;
    QSet<QString> m_personal;
    bool m_personalLoaded = false;
};
