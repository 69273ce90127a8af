#pragma once

// Statements: one billing month at a time, with the statement header, the
// transactions, a detail pane and the provenance line (G15).

#include "TransactionModel.h"
#include "model/CardStatement.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace meisai::ui {

class AppContext;

class StatementsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementsPage)

public:
    explicit StatementsPage(AppContext& app, QWidget* parent = nullptr);

    // Reloads from the vault. Large data sets are turned into table rows on a
    // worker thread; loaded() tells when they are shown.
    void reload();
    bool isLoading() const { return m_loading; }
    // Shows these transactions (reload() builds it from the vault).
    void setTable(TransactionTable table, QList<CardStatement> statements = {});
    void setSearchText(const QString& text); // applies at once
    void selectMonth(const QString& yyyyMm);
    QString currentMonth() const; // empty: all months
    void selectCard(int card);    // an index of the table's cards, -1: all cards
    // The month the page opens on: the newest with transactions or a non-empty
    // statement, else today's month.
    static QString defaultMonth(const TransactionTable& table, const QList<CardStatement>& statements,
                                const QDate& today);

    TransactionModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* provenanceLabel() const { return m_provenance; }
    QLabel* headerLabel() const { return m_header; }

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyFilter();
    void updateHeader();
    void updateProvenance();
    void showDetail();
    void fillCombos();

    AppContext& m_app;
    TransactionModel* m_model;
    bool m_loading = false;
    QList<CardStatement> m_statements;
    QLabel* m_title;
    QLabel* m_monthLabel;
    QLabel* m_cardLabel;
    QLabel* m_statusLabel;
    QLabel* m_searchLabel;
    QComboBox* m_month;
    QComboBox* m_card;
    QComboBox* m_status;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QLabel* m_header;
    QLabel* m_shown;
    QTableView* m_view;
    QLabel* m_detailTitle;
    QFormLayout* m_detailForm;
    QList<QLabel*> m_detailNames;
    QList<QLabel*> m_detailValues;
    QLabel* m_provenance;
    QLabel* m_empty;
};

} // namespace meisai::ui
