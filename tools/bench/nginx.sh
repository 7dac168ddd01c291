# nginx serving a directory of bytes, the baseline of a page's figures (sourced by survey.sh and
# contest-load/floor.sh): start_nginx starts nginx 2 workers on 127.0.0.1:$BENCH_NGINX_PORT (default 18080)
# from a configuration in a temporary directory ($nginx_dir; the bytes to serve go in $nginx_dir/www);
# stop_nginx stops it by its pid and removes the directory.
nginx_dir=
start_nginx() {
  command -v nginx > /dev/null || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 2; }
  nginx_dir=$(mktemp -d /tmp/parindex-nginx-XXXXXX)
  mkdir -p "$nginx_dir/www" "$nginx_dir/temp"
  chmod 755 "$nginx_dir" "$nginx_dir/www"
  cat > "$nginx_dir/nginx.conf" <<EOF
worker_processes 2;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; text/css css; application/json json; }
  default_type text/html;
  charset utf-8;
  client_body_temp_path $nginx_dir/temp;
  server {
    listen 127.0.0.1:${BENCH_NGINX_PORT:-18080};
    root $nginx_dir/www;
  }
}
EOF
  nginx -p "$nginx_dir" -e "$nginx_dir/error.log" -c "$nginx_dir/nginx.conf"
  echo "$(nginx -v 2>&1), pid $(cat "$nginx_dir/nginx.pid"), 2 workers, 127.0.0.1:${BENCH_NGINX_PORT:-18080}"
}

stop_nginx() {
  if [ -n "$nginx_dir" ]; then
    [ -s "$nginx_dir/nginx.pid" ] && kill "$(cat "$nginx_dir/nginx.pid")"
    sleep 1
    rm -rf "$nginx_dir"
  fi
  nginx_dir=
}
