#pragma once

#include <QCoreApplication>
#include <QString>

//! A phone number as the rep types it, checked with libphonenumber: the E.164 form Close
//! wants, how it reads, its country, or what is wrong with it.
struct PhoneCheck
{
    Q_DECLARE_TR_FUNCTIONS(PhoneCheck)

public:
    bool valid = false;
    QString e164; //!< "+18183334444" when valid
    QString formatted; //!< "+1 818-333-4444"
    QString countryIso; //!< "US"
    QString problem; //!< for people, when not valid

    //! `defaultRegion` reads numbers typed without a country code ("(818) 333-4444").
    static PhoneCheck check(const QString &input,
                            const QString &defaultRegion = QStringLiteral("US"));
    //! Loads libphonenumber's metadata (about 10 ms, once per process). Safe from any thread:
    //! DraftboxApp calls it from a worker at start, so the first check does not wait for it.
    static void prepare();
};
