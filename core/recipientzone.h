#pragma once

#include <QString>
#include <QTimeZone>

//! The one time zone a recipient most likely lives in, from the most specific source Draftbox
//! has: the contact's `timezone` in Close, else the area of their number (the NANP area code,
//! Brazil's DDD, Australia's area, or the place libphonenumber's geocoder names), else their
//! country when it has a single zone. Unknown otherwise: a guess among several zones would
//! warn at the wrong hours.
struct RecipientZone
{
    enum class Source { Unknown, Contact, NumberArea, Country };

    QTimeZone zone; //!< invalid when unknown
    Source source = Source::Unknown;

    bool isKnown() const { return source != Source::Unknown; }
    //! The zone's IANA id ("America/Toronto"), empty when unknown.
    QByteArray id() const { return isKnown() ? zone.id() : QByteArray(); }
    //! Where that zone is, for people: "Toronto", "São Paulo" (the city the zone is named after).
    QString place() const;

    //! `contactTimeZone` is the contact's `timezone` (IANA, or empty when Close has none),
    //! `phone` the recipient's number (E.164), `countryIso` its country as Close reported it.
    static RecipientZone resolve(const QString &contactTimeZone, const QString &phone,
                                 const QString &countryIso);
    //! Only that zone, for a caller that already knows it (several recipients sharing one).
    static RecipientZone fromZone(const QTimeZone &zone, Source source);

    friend bool operator==(const RecipientZone &a, const RecipientZone &b)
    {
        return a.source == b.source && a.id() == b.id();
    }
    friend bool operator!=(const RecipientZone &a, const RecipientZone &b) { return !(a == b); }
};
