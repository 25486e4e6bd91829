#pragma once

#include <QSet>
#include <QWidget>

class ActivityFilterProxy;
class ConversationModel;
class ListPane;
class PageLoader;
class QLabel;
class QSettings;
class QSplitter;
class QTimer;
class QToolButton;
class QTreeView;
class WhatsAppForm;
class WhatsAppTableModel;

//! The WhatsApp tab: direction chips, search and the conversations on the left, the selected
//! message's form on the right. Messages load when the tab is first shown.
class WhatsAppWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit WhatsAppWorkspace(WhatsAppTableModel *model, QWidget *parent = nullptr);

    QSplitter *splitter() const { return m_splitter; }
    //! Selects the message in the conversations (and the form), if the filters show it.
    bool selectMessage(const QString &id);
    //! Selects the message, clearing the filters that hide it.
    void reveal(const QString &id);
    //! The search field takes the focus (Ctrl+F).
    void focusSearch();
    //! The direction chips and the search, in the current group of `settings`.
    void saveFilters(QSettings &settings) const;
    void restoreFilters(QSettings &settings);
    //! Builds the conversations and loads from the start if nothing was loaded yet (the tab is
    //! being shown).
    void ensureLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateFilter();
    void updateCounts();
    void currentChanged();
    void expandConversations();

    WhatsAppTableModel *m_model;
    PageLoader *m_pages;
    ActivityFilterProxy *m_proxy;
    ConversationModel *m_conversations;
    QTreeView *m_view;
    ListPane *m_pane;
    QToolButton *m_incoming;
    QToolButton *m_outgoing;
    QLabel *m_counts;
    WhatsAppForm *m_form;
    QSplitter *m_splitter;
    QTimer *m_later; //!< coalesces recounts and re-expanding to one per event-loop turn
    QSet<QString> m_collapsed; //!< conversations the rep closed
    bool m_expanding = false;
    bool m_expand = false; //!< the tree was laid out anew: open the conversations again
};
