import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { dataDirProblem } from './infra/storage.ts';

/** Starts the hub from the environment; used by `npm start` (scripts/start.ts) and by hand. */
export async function startHub(config: Config = loadConfig()) {
  const app = await buildApp(config);
  await app.listen({ port: config.port, host: config.host });
  return app;
}

/** Exits with the configuration problem named, instead of a stack trace; a data folder it cannot write is one. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    const config = loadConfig(env);
    const problem = dataDirProblem(config.dataDir);
    if (problem) throw new ConfigError([`DATA_DIR: ${problem}`]);
    return config;
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`JobHall cannot start: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const app = await startHub(loadConfigOrExit());
  const stop = async (signal: string) => {
    app.log.info({ signal }, 'stopping');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
