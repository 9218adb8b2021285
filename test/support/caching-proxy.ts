import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './server.js';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface CachingProxy {
  url: string;
  stop(): Promise<void>;
}

/**
 * nginx with a shared cache in front of `upstream`, standing where a CDN or the reverse proxy would:
 * it keeps what the server's Cache-Control allows and answers `X-Cache-Status` (HIT, MISS, …).
 */
export async function startCachingProxy(upstream: string): Promise<CachingProxy> {
  if (!existsSync(NGINX))
    throw new Error(
      `The cache test needs nginx at ${NGINX} (apt-get install -y nginx-light), or NGINX_PATH.`,
    );
  const dir = await mkdtemp(path.join(os.tmpdir(), 'partnerhub-nginx-'));
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${dir}/${name};`)
    .join('\n  ');
  await writeFile(
    path.join(dir, 'nginx.conf'),
    // Workers run as the user running the test, so they can write the cache in its temporary folder.
    `daemon off;
${os.userInfo().uid === 0 ? 'user root;' : ''}
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {}
http {
  access_log off;
  ${temp}
  proxy_cache_path ${dir}/cache keys_zone=public:1m;
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass ${upstream};
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_cache public;
      proxy_cache_revalidate on;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    try {
      await fetch(`${url}/healthz`);
      break;
    } catch {
      if (i > 100) throw new Error('nginx did not start listening');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
