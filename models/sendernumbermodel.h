#pragma once

#include "phonenumber.h"

#include <QAbstractListModel>
#include <QList>
#include <QPair>

//! The organization's numbers an SMS can be sent from (internal and SMS-enabled: see
//! PhoneNumber::canSendSms), in Close's order, for the form's "From" picker. DraftboxApp feeds
//! it what GET /phone_number/ answered. One row per number: shown as "label — number".
class SenderNumberModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NumberRole = Qt::UserRole + 1, //!< QString: E.164, as Close wants it in `local_phone`
        LabelRole, //!< QString: the organization's name for the line, e.g. "Sales line (US)"
    };
    Q_ENUM(Role)

    explicit SenderNumberModel(QObject *parent = nullptr);

    //! Replaces every row; numbers SMS cannot be sent from are left out.
    void setNumbers(const QList<PhoneNumber> &numbers);
    //! (number, label) per row.
    QList<QPair<QString, QString>> numbersAndLabels() const { return m_numbers; }
    //! What setNumbers() was given, SMS-enabled or not.
    QList<PhoneNumber> numbers() const { return m_all; }

    //! The recipient's country (ISO-2; empty: unknown): a number that cannot text it is shown
    //! disabled, its tooltip saying why.
    void setRecipientCountry(const QString &countryIso);
    //! The first row that can text the recipient's country; -1 when none can.
    int firstAbleRow() const;
    //! Whether the row's number can text the recipient's country (true while either is unknown).
    bool canText(int row) const;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<QPair<QString, QString>> m_numbers; //!< (E.164, label)
    QList<PhoneNumber> m_rows; //!< the numbers of the rows, in their order
    QList<PhoneNumber> m_all;
    QString m_recipientCountry;
};
