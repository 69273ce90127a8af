#pragma once

// Overview: each connection with its status, syncs and next payment, and a
// chart of monthly billed totals per issuer.

#include "model/Connection.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QChartView;

namespace meisai::ui {

class AppContext;

class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(AppContext& app, QWidget* parent = nullptr);
    void reload();
    QTableWidget* table() const { return m_table; }
    QLabel* emptyLabel() const { return m_empty; }
    // The "Next sync" of a connection: a retry time the issuer asked for, else
    // the interval timer's next run (scheduled), else the last sync plus the
    // interval; invalid for connections that are not active.
    static QDateTime nextSyncAt(const Connection& c, const QDateTime& now, const QDateTime& scheduled,
                                int intervalMinutes);

Q_SIGNALS:
    void linkRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuildChart();

    AppContext& m_app;
    QLabel* m_title;
    QLabel* m_connectionsHeading;
    QLabel* m_empty;
    QPushButton* m_link;
    QTableWidget* m_table;
    QLabel* m_noticesHeading;
    QLabel* m_notices;
    QLabel* m_chartHeading;
    QChartView* m_chart;
};

} // namespace meisai::ui
