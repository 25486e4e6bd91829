#pragma once

#include "smstemplate.h"

#include <QAbstractListModel>
#include <QList>

#include <tuple>

//! The SMS templates the rep can use (archived ones left out), in Close's order, for the
//! form's template picker. DraftboxApp feeds it what GET /sms_template/ answered. One row per
//! template, shown by its name; its id and its text (placeholders unrendered) as roles.
class SmsTemplateModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, //!< QString: the template's id, e.g. "smstmpl_…"
        TextRole, //!< QString: the text, with its `{{ contact.first_name }}` placeholders
    };
    Q_ENUM(Role)

    explicit SmsTemplateModel(QObject *parent = nullptr);

    //! Replaces every row; archived templates are left out.
    void setTemplates(const QList<SmsTemplate> &templates);
    //! (id, name, text) per row.
    QList<std::tuple<QString, QString, QString>> idsNamesAndTexts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Template
    {
        QString id;
        QString name;
        QString text;
    };
    QList<Template> m_templates;
};
