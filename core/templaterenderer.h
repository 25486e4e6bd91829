#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

//! A template's text as Close would send it: {{ contact.first_name }}, {{ lead.display_name }},
//! {{ user.first_name }}, {{ organization.name }} and the like filled in from what Close said of
//! the people concerned. What is not known, or known as empty, stays marked: «contact.title».
struct TemplateRenderer
{
    QJsonObject contact;
    QJsonObject lead;
    QJsonObject user; //!< the SMS's user; the rep behind the key when it has none
    QJsonObject organization;

    QString render(const QString &text) const;
    //! The variables render() could not fill that are still in `text` («lead.name»).
    static QStringList gaps(const QString &text);
};
