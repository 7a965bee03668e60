// Trends page: one line per event type or context, from the page's twin, /api/trends.
"use strict";

(function () {
  const canvas = document.getElementById("trends-chart");
  if (!canvas) return;
  const palette = window.chancery.colors.palette;
  const SHOWN = 8; // the busiest lines; the legend shows the others on a click
  window.chancery
    .twin(canvas)
    .then(function (reply) {
      const chart = new window.Chart(canvas, {
        type: "line",
        data: {
          labels: reply.periods,
          datasets: reply.series.map(function (line, i) {
            const colour = palette[i % palette.length];
            return {
              label: line.key,
              data: line.counts,
              borderColor: colour,
              backgroundColor: colour,
              pointRadius: 2,
              borderWidth: 2,
              tension: 0,
              hidden: i >= SHOWN,
            };
          }),
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          interaction: { mode: "nearest", axis: "x", intersect: false },
          scales: {
            y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "events" } },
            x: { title: { display: true, text: reply.period } },
          },
          plugins: { legend: { position: "bottom" } },
        },
      });
      canvas.chart = chart;
      window.chancery.done(canvas, reply.series.length);
    })
    .catch(function (err) { window.chancery.fail(canvas, err); });
})();
