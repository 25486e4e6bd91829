#pragma once

#include <QLayout>
#include <QList>

//! Lays its widgets out left to right, starting a new row when the next one does not fit (after
//! qtbase's examples/widgets/layouts/flowlayout): a row of chips that would otherwise set the
//! narrowest the window can be wraps instead. Its minimum width is its widest item's.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    //! Places the items in `rect` (only measures, unless `apply`); returns the height taken.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};
