#pragma once

#include <QLabel>

//! A one-line plain-text label that ends in "…" when its text is wider than the room it has,
//! rather than asking for that width: a long text in a status bar or beside buttons never
//! makes the window wider than the screen. Cut short, its tooltip (unless it has one of its
//! own) is the whole text.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

    //! Whether the text is cut short at the label's width.
    bool isElided() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRect textRect() const;
};
