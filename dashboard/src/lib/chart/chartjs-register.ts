import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';
import { FONT } from './chartjs';

// Only the parts the dashboard draws, so the rest of Chart.js is tree-shaken away.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Title, Tooltip);
Chart.defaults.font.family = FONT;
Chart.defaults.color = '#222';

export { Chart };
