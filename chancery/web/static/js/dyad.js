// Dyad page: cooperation and conflict per period (bars) and the Goldstein sum (line),
// drawn from the page's twin, /api/dyads/{a}/{b}/series.
"use strict";

(function () {
  const canvas = document.getElementById("dyad-chart");
  if (!canvas) return;
  const c = window.chancery.colors;
  window.chancery
    .twin(canvas)
    .then(function (reply) {
      const points = reply.series;
      const chart = new window.Chart(canvas, {
        data: {
          labels: points.map(function (p) { return p.period; }),
          datasets: [
            {
              type: "bar",
              label: "cooperation",
              data: points.map(function (p) { return p.cooperation; }),
              backgroundColor: c.coop,
              maxBarThickness: 28,
              yAxisID: "y",
            },
            {
              type: "bar",
              label: "conflict",
              data: points.map(function (p) { return p.conflict; }),
              backgroundColor: c.conf,
              maxBarThickness: 28,
              yAxisID: "y",
            },
            {
              type: "line",
              label: "Goldstein sum",
              data: points.map(function (p) { return p.goldstein; }),
              borderColor: c.gold,
              backgroundColor: c.gold,
              pointRadius: 3,
              tension: 0,
              yAxisID: "g",
            },
          ],
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          interaction: { mode: "index", intersect: false },
          scales: {
            y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "events" } },
            g: {
              position: "right",
              title: { display: true, text: "Goldstein sum" },
              grid: { drawOnChartArea: false },
            },
          },
          plugins: { legend: { position: "bottom" } },
        },
      });
      canvas.chart = chart;
      window.chancery.done(canvas, points.length);
    })
    .catch(function (err) { window.chancery.fail(canvas, err); });
})();
