#pragma once

#include <QScrollArea>

//! Holds a form's fields between its banner and its buttons: they scroll up and down when the
//! window is short, never sideways; the area is never squeezed narrower than they fit (combo
//! boxes grow as their items arrive, so that width is asked again whenever they change).
class FormScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormScrollArea(QWidget *fields, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
